SELECT COUNT(*)
FROM products
WHERE (:any_query = 1 OR model LIKE :pattern ESCAPE '\' OR name LIKE :pattern2 ESCAPE '\')
  AND (:any_series = 1 OR series = :series)
  AND (:any_active = 1 OR active = :active)
