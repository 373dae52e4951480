-- The skills the items of the open jobs of a day need (R-DSP-4), one row per job and skill, for all
-- the jobs of open_jobs.sql at once.
SELECT DISTINCT i.job_id, p.skill
FROM job_items i
JOIN products p ON p.id = i.product_id
JOIN jobs j ON j.id = i.job_id
WHERE j.status = 'new' AND j.requested_date = :day AND j.crew_approval <> 'pending'
  AND p.skill IS NOT NULL
ORDER BY i.job_id, p.skill
