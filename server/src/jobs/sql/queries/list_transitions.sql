SELECT from_status, to_status, event, at, by_name, note
FROM job_transitions WHERE job_id = :job_id ORDER BY id
