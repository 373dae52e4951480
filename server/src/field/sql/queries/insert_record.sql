INSERT INTO field_records (id, job_id, step, fingerprint, note, recorded_at, received_at,
    recorded_by_user_id, recorded_by_name, outcome, conflict_reason, conflict_status)
VALUES (:id, :job_id, :step, :fingerprint, :note, :recorded_at, :received_at, :user_id,
    :by_name, :outcome, :conflict_reason, :conflict_status)
