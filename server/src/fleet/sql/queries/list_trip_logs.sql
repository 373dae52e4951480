SELECT t.id, t.vehicle_id, v.plate, t.driver_staff_id, s.name, t.departed_at, t.returned_at,
    t.odometer_out_km, t.odometer_in_km, t.destinations, t.purpose, t.fuel_cl, t.fuel_fen,
    t.toll_fen, t.parking_fen, t.created_by_name, t.created_at, t.version
FROM trip_logs t
JOIN vehicles v ON v.id = t.vehicle_id
JOIN staff s ON s.id = t.driver_staff_id
WHERE (:any_vehicle = 1 OR t.vehicle_id = :vehicle_id)
  AND (:any_driver = 1 OR t.driver_staff_id = :driver_staff_id)
  AND t.departed_at >= :from_at AND t.departed_at < :to_at
ORDER BY t.departed_at DESC, t.id DESC
LIMIT :limit OFFSET :offset
