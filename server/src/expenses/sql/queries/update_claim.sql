UPDATE expense_claims
SET status = :status, reject_reason = :reject_reason, updated_at = :updated_at,
    version = version + 1
WHERE id = :id AND version = :version
