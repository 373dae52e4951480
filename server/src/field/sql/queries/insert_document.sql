INSERT INTO field_documents (job_id, kind, current_version, version)
VALUES (:job_id, :kind, 1, 1)
RETURNING id
