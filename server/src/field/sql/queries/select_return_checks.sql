SELECT c.id, c.job_id, c.job_version, c.outcome, c.note,
    CASE WHEN c.photo = '' THEN 0 ELSE 1 END, COALESCE(c.checked_by_user_id, 0),
    c.checked_by_name, c.checked_at, c.checked_date
FROM field_return_checks c
WHERE (:any_check = 1 OR c.id = :check_id)
    AND (:any_range = 1 OR (c.checked_date >= :from_date AND c.checked_date <= :to_date))
ORDER BY c.checked_at DESC, c.id DESC
LIMIT :limit
