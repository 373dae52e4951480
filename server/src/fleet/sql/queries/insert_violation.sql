INSERT INTO vehicle_violations (vehicle_id, driver_staff_id, kind, occurred_on, description,
    fine_fen, compensation_fen, decided_by_user_id, decided_by_name, created_at)
VALUES (:vehicle_id, :driver_staff_id, :kind, :occurred_on, :description, :fine_fen,
    :compensation_fen, :user_id, :by_name, :at)
RETURNING id
