INSERT INTO field_return_checks (job_id, job_version, outcome, note, photo, checked_by_user_id,
    checked_by_name, checked_at, checked_date)
VALUES (:job_id, :job_version, :outcome, :note, :photo, :user_id, :by_name, :checked_at,
    :checked_date)
RETURNING id
