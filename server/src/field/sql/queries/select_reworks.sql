SELECT r.job_id, r.original_job_id, r.problem, r.committed_date,
    COALESCE(r.raised_by_user_id, 0), r.raised_by_name, r.raised_at,
    COALESCE(r.apology_at, r.raised_at), CASE WHEN r.apology_at IS NULL THEN 0 ELSE 1 END,
    r.apology_by_name, r.apology_note,
    COALESCE(d.done_at, r.raised_at), CASE WHEN d.done_at IS NULL THEN 0 ELSE 1 END,
    r.version
FROM field_reworks r
LEFT JOIN (
    SELECT t.job_id, MIN(t.at) AS done_at
    FROM job_transitions t
    WHERE t.event IN ('finish_installation', 'finish_delivery')
    GROUP BY t.job_id
) d ON d.job_id = r.job_id
WHERE (:any_job = 1 OR r.job_id = :job_id)
    AND (:any_original = 1 OR r.original_job_id = :original_job_id)
    AND (:any_range = 1 OR (r.committed_date >= :from_date AND r.committed_date <= :to_date))
ORDER BY r.committed_date, r.job_id
LIMIT :limit
