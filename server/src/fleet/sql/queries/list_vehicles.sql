SELECT v.id, v.plate, v.model, v.volume_l, v.payload_kg, v.seats, v.status, v.driver_staff_id,
    s.name, v.version
FROM vehicles v LEFT JOIN staff s ON s.id = v.driver_staff_id
WHERE (:any_query = 1 OR v.plate LIKE :pattern ESCAPE '\' OR v.model LIKE :pattern2 ESCAPE '\')
  AND (:any_status = 1 OR v.status = :status)
ORDER BY v.plate, v.id
LIMIT :limit OFFSET :offset
