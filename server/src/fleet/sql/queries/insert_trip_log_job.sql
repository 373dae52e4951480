INSERT INTO trip_log_jobs (trip_log_id, job_id) VALUES (:trip_log_id, :job_id)
