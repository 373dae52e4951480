INSERT INTO job_calls (job_id, kind, at, by_user_id, by_name, outcome, new_eta, note)
VALUES (:job_id, :kind, :at, :by_user_id, :by_name, :outcome, :new_eta, :note)
RETURNING id
