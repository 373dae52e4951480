SELECT x.id, x.vehicle_id, v.plate, x.driver_staff_id, s.name, x.kind, x.occurred_on,
    x.description, x.fine_fen, x.compensation_fen, x.decided_by_name, x.created_at
FROM vehicle_violations x
JOIN vehicles v ON v.id = x.vehicle_id
JOIN staff s ON s.id = x.driver_staff_id
WHERE (:any_vehicle = 1 OR x.vehicle_id = :vehicle_id)
ORDER BY x.occurred_on DESC, x.id DESC
