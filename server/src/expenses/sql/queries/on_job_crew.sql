SELECT COUNT(*) FROM job_crew WHERE job_id = :job AND staff_id = :staff
