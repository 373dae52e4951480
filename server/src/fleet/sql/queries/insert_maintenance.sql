INSERT INTO vehicle_maintenance (vehicle_id, kind, done_on, odometer_km, cost_fen, notes,
    next_due_on, next_due_km, created_by_user_id, created_by_name, created_at)
VALUES (:vehicle_id, :kind, :done_on, :odometer_km, :cost_fen, :notes, :next_due_on,
    :next_due_km, :user_id, :by_name, :at)
RETURNING id
