SELECT COUNT(*)
FROM vehicles
WHERE (:any_query = 1 OR plate ILIKE :pattern ESCAPE '\' OR model ILIKE :pattern2 ESCAPE '\')
  AND (:any_status = 1 OR status = :status)
