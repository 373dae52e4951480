SELECT d.vehicle_id, v.plate, d.kind, d.due_on, d.due_km, d.updated_at
FROM vehicle_due_items d
JOIN vehicles v ON v.id = d.vehicle_id
WHERE (:any_vehicle = 1 OR d.vehicle_id = :vehicle_id)
ORDER BY v.plate, d.kind
