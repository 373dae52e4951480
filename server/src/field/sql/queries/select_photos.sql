SELECT p.id, p.record_id, p.job_id, p.step, p.fingerprint,
    CASE WHEN :with_content = 1 THEN p.content ELSE '' END, p.width, p.height, p.size_bytes,
    COALESCE(p.recorded_by_user_id, 0), p.recorded_by_name, p.received_at
FROM field_photos p
WHERE (:any_id = 1 OR p.id = :id)
    AND (:any_record = 1 OR p.record_id = :record_id)
    AND (:any_job = 1 OR p.job_id = :job_id)
ORDER BY p.id
LIMIT :limit
