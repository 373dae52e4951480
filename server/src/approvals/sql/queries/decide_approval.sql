UPDATE approval_requests
SET status = :status, decided_by_user_id = :decided_by, decided_by_name = :decided_by_name,
    decided_at = :decided_at, decision_reason = :decision_reason, version = :version
WHERE id = :id AND version = :previous_version AND status = 'pending'
