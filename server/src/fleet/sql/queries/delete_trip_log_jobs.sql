DELETE FROM trip_log_jobs WHERE trip_log_id = :trip_log_id
