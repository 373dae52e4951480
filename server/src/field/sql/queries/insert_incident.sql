INSERT INTO field_incidents (job_id, kind, record_id, raised_at, resolved_at, resolved_by_name,
    resolution, version)
VALUES (:job_id, :kind, :record_id, :raised_at, NULL, '', '', 1)
RETURNING id
