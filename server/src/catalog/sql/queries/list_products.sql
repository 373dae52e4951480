SELECT id, model, name, series, pieces_per_unit, volume_l, weight_g, install_minutes_per_unit, installers_needed, skill, active, version
FROM products
WHERE (:any_query = 1 OR model LIKE :pattern ESCAPE '\' OR name LIKE :pattern2 ESCAPE '\')
  AND (:any_series = 1 OR series = :series)
  AND (:any_active = 1 OR active = :active)
ORDER BY series, model_key, id
LIMIT :limit OFFSET :offset
