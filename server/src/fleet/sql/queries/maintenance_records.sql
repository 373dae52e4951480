SELECT id, vehicle_id, kind, done_on, odometer_km, cost_fen, notes, next_due_on, next_due_km,
    created_by_name, created_at
FROM vehicle_maintenance
WHERE vehicle_id = :vehicle_id
ORDER BY done_on DESC, id DESC
