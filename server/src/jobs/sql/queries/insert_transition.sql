INSERT INTO job_transitions (job_id, from_status, to_status, event, at, by_user_id, by_name, note)
VALUES (:job_id, :from_status, :to_status, :event, :at, :by_user_id, :by_name, :note)
