-- The members (not lead, not driver) of the crews of the jobs of a day, for crew_jobs.sql.
SELECT c.job_id, c.staff_id
FROM job_crew c
WHERE c.scheduled_date = :day AND c.role = 'member'
ORDER BY c.job_id, c.staff_id
