INSERT INTO field_charges (check_id, staff_id, amount_fen, reason, decided_by_user_id,
    decided_by_name, decided_at, decided_date)
VALUES (:check_id, :staff_id, :amount_fen, :reason, :user_id, :by_name, :decided_at,
    :decided_date)
RETURNING id
