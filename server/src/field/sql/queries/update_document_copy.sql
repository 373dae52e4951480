UPDATE field_document_copies
SET state = :state, changed_at = :changed_at, changed_by_name = :by_name
WHERE document_id = :document_id AND copy = :copy
