SELECT id, kind, subject_id, target, summary, reason, status, requested_by_user_id,
       requested_by_name, requested_at, decided_by_user_id, decided_by_name, decided_at,
       decision_reason, version
FROM approval_requests WHERE id = :id
