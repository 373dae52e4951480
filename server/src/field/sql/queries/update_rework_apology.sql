UPDATE field_reworks
SET apology_at = :apology_at, apology_by_user_id = :apology_by, apology_by_name = :by_name,
    apology_note = :note, version = :version
WHERE job_id = :job_id AND version = :old_version AND apology_at IS NULL
