INSERT INTO expense_claim_receipts
    (claim_id, line_id, content_type, size_bytes, content, uploaded_by, uploaded_at)
VALUES (:claim_id, :line_id, :content_type, :size_bytes, :content, :uploaded_by, :uploaded_at)
RETURNING id
