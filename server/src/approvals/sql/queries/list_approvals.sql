SELECT id, kind, subject_id, target, summary, reason, status, requested_by_user_id,
       requested_by_name, requested_at, decided_by_user_id, decided_by_name, decided_at,
       decision_reason, version
FROM approval_requests
WHERE (:any_status = 1 OR status = :status)
  AND (:any_kind = 1 OR kind = :kind)
  AND (:any_subject = 1 OR subject_id = :subject_id)
ORDER BY id DESC
LIMIT :limit OFFSET :offset
