INSERT INTO vehicle_due_items (vehicle_id, kind, due_on, due_km, updated_at)
VALUES (:vehicle_id, :kind, :due_on, :due_km, :at)
ON CONFLICT (vehicle_id, kind) DO UPDATE SET due_on = excluded.due_on, due_km = excluded.due_km,
    updated_at = excluded.updated_at
