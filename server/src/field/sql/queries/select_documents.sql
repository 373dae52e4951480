SELECT d.id, d.job_id, j.number, d.kind, d.current_version, d.version
FROM field_documents d
JOIN jobs j ON j.id = d.job_id
WHERE (:any_id = 1 OR d.id = :id)
    AND (:any_job = 1 OR d.job_id = :job_id)
    AND (:any_kind = 1 OR d.kind = :kind)
    AND (:any_record = 1 OR d.id IN (
        SELECT v.document_id FROM field_document_versions v WHERE v.record_id = :record_id))
    AND (:outstanding = 0 OR d.id IN (
        SELECT c.document_id FROM field_document_copies c
        WHERE c.state IN ('pending', 'missing', 'handed_over')))
ORDER BY d.id
LIMIT :limit
