SELECT COUNT(*)
FROM trip_logs t
WHERE (:any_vehicle = 1 OR t.vehicle_id = :vehicle_id)
  AND (:any_driver = 1 OR t.driver_staff_id = :driver_staff_id)
  AND t.departed_at >= :from_at AND t.departed_at < :to_at
