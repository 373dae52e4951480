SELECT i.id, i.job_id, j.number, i.kind, i.record_id, i.raised_at,
    COALESCE(i.resolved_at, i.raised_at), CASE WHEN i.resolved_at IS NULL THEN 0 ELSE 1 END,
    i.resolved_by_name, i.resolution, i.version
FROM field_incidents i
JOIN jobs j ON j.id = i.job_id
WHERE (:any_job = 1 OR i.job_id = :job_id)
    AND (:open_only = 0 OR i.resolved_at IS NULL)
    AND (:any_id = 1 OR i.id = :id)
ORDER BY i.raised_at, i.id
LIMIT :limit
