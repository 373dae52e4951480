UPDATE field_incidents
SET resolved_at = :resolved_at, resolved_by_name = :by_name, resolution = :resolution,
    version = :version
WHERE id = :id AND version = :old_version AND resolved_at IS NULL
