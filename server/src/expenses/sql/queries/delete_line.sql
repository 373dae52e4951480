DELETE FROM expense_claim_lines WHERE id = :id AND claim_id = :claim_id
