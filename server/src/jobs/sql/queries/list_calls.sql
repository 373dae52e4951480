SELECT id, kind, at, by_name, outcome, new_eta, note
FROM job_calls WHERE job_id = :job_id ORDER BY id
