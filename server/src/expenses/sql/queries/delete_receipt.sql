DELETE FROM expense_claim_receipts WHERE id = :id AND claim_id = :claim_id
