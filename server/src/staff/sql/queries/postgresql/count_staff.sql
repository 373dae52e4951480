SELECT COUNT(*)
FROM staff
WHERE (:any_query = 1 OR name ILIKE :pattern ESCAPE '\' OR phone ILIKE :pattern2 ESCAPE '\')
  AND (:any_grade = 1 OR grade = :grade)
  AND (:any_status = 1 OR status = :status)
