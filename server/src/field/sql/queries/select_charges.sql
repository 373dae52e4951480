SELECT f.id, f.check_id, c.job_id, j.number, f.staff_id, s.name, f.amount_fen, f.reason,
    COALESCE(f.decided_by_user_id, 0), f.decided_by_name, f.decided_at, f.decided_date,
    f.withdrawn_at, f.withdrawn_by_name, f.withdrawal_reason
FROM field_charges f
JOIN field_return_checks c ON c.id = f.check_id
JOIN jobs j ON j.id = c.job_id
JOIN staff s ON s.id = f.staff_id
WHERE (:any_check = 1 OR f.check_id = :check_id)
    AND (:any_charge = 1 OR f.id = :charge_id)
    AND (:any_range = 1 OR (f.decided_date >= :from_date AND f.decided_date <= :to_date))
ORDER BY f.decided_at DESC, f.id DESC
LIMIT :limit
