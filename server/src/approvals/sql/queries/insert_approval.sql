INSERT INTO approval_requests (kind, subject_id, target, summary, reason, status,
    requested_by_user_id, requested_by_name, requested_at, decision_reason, version)
VALUES (:kind, :subject_id, :target, :summary, :reason, 'pending',
    :requested_by, :requested_by_name, :requested_at, '', 1)
RETURNING id
