SELECT c.copy, c.state, COALESCE(c.changed_at, v.received_at),
    CASE WHEN c.changed_at IS NULL THEN 0 ELSE 1 END, c.changed_by_name
FROM field_document_copies c
JOIN field_document_versions v ON v.document_id = c.document_id AND v.version = 1
WHERE c.document_id = :document_id
ORDER BY c.copy
