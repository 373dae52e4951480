INSERT INTO field_reworks (job_id, original_job_id, problem, committed_date, raised_by_user_id,
    raised_by_name, raised_at, apology_at, apology_by_user_id, apology_by_name, apology_note,
    version)
VALUES (:job_id, :original_job_id, :problem, :committed_date, :raised_by, :raised_by_name,
    :raised_at, :apology_at, :apology_by, :apology_by_name, :apology_note, 1)
