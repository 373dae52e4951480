-- The count of the job list (this head, then the same predicates as list_jobs.sql).
SELECT COUNT(*) FROM jobs j
