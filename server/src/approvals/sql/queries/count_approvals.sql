SELECT COUNT(*) FROM approval_requests
WHERE (:any_status = 1 OR status = :status)
  AND (:any_kind = 1 OR kind = :kind)
  AND (:any_subject = 1 OR subject_id = :subject_id)
