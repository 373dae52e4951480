SELECT COUNT(*)
FROM vehicles
WHERE (:any_query = 1 OR plate LIKE :pattern ESCAPE '\' OR model LIKE :pattern2 ESCAPE '\')
  AND (:any_status = 1 OR status = :status)
