SELECT r.id, r.job_id, r.step, r.fingerprint, r.note, r.recorded_at, r.received_at,
    COALESCE(r.recorded_by_user_id, 0), r.recorded_by_name, r.outcome, r.conflict_reason,
    r.conflict_status
FROM field_records r
WHERE r.outcome = 'conflict'
ORDER BY r.received_at DESC, r.id
LIMIT :limit
