DELETE FROM job_crew WHERE job_id = :job_id
