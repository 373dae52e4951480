SELECT claim_id FROM expense_claim_lines WHERE id = :id
