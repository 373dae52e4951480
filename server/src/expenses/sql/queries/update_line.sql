UPDATE expense_claim_lines
SET status = :status, reject_reason = :reject_reason
WHERE id = :id AND claim_id = :claim_id
