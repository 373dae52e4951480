SELECT trip_log_id, job_id FROM trip_log_jobs
WHERE trip_log_id BETWEEN :low AND :high
ORDER BY trip_log_id, job_id
