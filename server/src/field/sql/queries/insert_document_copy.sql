INSERT INTO field_document_copies (document_id, copy, state, changed_at, changed_by_name)
VALUES (:document_id, :copy, 'pending', NULL, '')
