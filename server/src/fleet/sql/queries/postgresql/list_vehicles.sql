SELECT id, plate, model, volume_l, payload_kg, seats, status, driver_staff_id, version
FROM vehicles
WHERE (:any_query = 1 OR plate ILIKE :pattern ESCAPE '\' OR model ILIKE :pattern2 ESCAPE '\')
  AND (:any_status = 1 OR status = :status)
ORDER BY plate, id
LIMIT :limit OFFSET :offset
