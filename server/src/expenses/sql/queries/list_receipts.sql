SELECT id, line_id, content_type, size_bytes, uploaded_at
FROM expense_claim_receipts
WHERE claim_id = :claim_id
ORDER BY id
