SELECT id, line_id, content_type, size_bytes, uploaded_at, content
FROM expense_claim_receipts
WHERE id = :id AND claim_id = :claim_id
