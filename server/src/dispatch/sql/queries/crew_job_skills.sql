-- The skills the items of the crewed jobs of a day need, one row per job and skill, for all the
-- jobs of crew_jobs.sql at once.
SELECT DISTINCT i.job_id, p.skill
FROM job_items i
JOIN products p ON p.id = i.product_id
JOIN jobs j ON j.id = i.job_id
WHERE j.scheduled_date = :day AND j.lead_staff_id IS NOT NULL AND j.status <> 'cancelled'
  AND p.skill IS NOT NULL
ORDER BY i.job_id, p.skill
