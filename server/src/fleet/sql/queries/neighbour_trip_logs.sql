SELECT t.id, t.vehicle_id, v.plate, t.driver_staff_id, s.name, t.departed_at, t.returned_at,
    t.odometer_out_km, t.odometer_in_km, t.destinations, t.purpose, t.fuel_cl, t.fuel_fen,
    t.toll_fen, t.parking_fen, t.created_by_name, t.created_at, t.version
FROM trip_logs t
JOIN vehicles v ON v.id = t.vehicle_id
JOIN staff s ON s.id = t.driver_staff_id
WHERE t.vehicle_id = :vehicle_id AND t.id <> :self
  AND ((t.departed_at < :returned_at AND t.returned_at > :departed_at)
    OR (t.odometer_out_km < :km_in AND t.odometer_in_km > :km_out)
    OR t.id = (SELECT p.id FROM trip_logs p
               WHERE p.vehicle_id = :vehicle_id2 AND p.id <> :self2 AND p.departed_at < :departed_at2
               ORDER BY p.departed_at DESC, p.id DESC LIMIT 1)
    OR t.id = (SELECT n.id FROM trip_logs n
               WHERE n.vehicle_id = :vehicle_id3 AND n.id <> :self3 AND n.departed_at > :departed_at3
               ORDER BY n.departed_at, n.id LIMIT 1))
ORDER BY t.departed_at, t.id
