SELECT d.code, d.parent_code, d.level, d.kind, d.name, d.lat_e6, d.lng_e6, d.approximate, d.active,
       CASE WHEN EXISTS (SELECT 1 FROM divisions c WHERE c.parent_code = d.code AND c.active = 1)
            THEN 1 ELSE 0 END
FROM divisions d
WHERE d.active = 1
  AND d.name LIKE :pattern ESCAPE '\'
  AND d.code BETWEEN :low AND :high
ORDER BY CASE WHEN d.name = :exact THEN 0 WHEN d.name LIKE :prefix ESCAPE '\' THEN 1 ELSE 2 END,
         d.code
LIMIT :limit
