SELECT d.code, d.parent_code, d.level, d.kind, d.name, d.lat_e6, d.lng_e6, d.approximate, d.active,
       CASE WHEN EXISTS (SELECT 1 FROM divisions c WHERE c.parent_code = d.code AND c.active = 1)
            THEN 1 ELSE 0 END
FROM divisions d
WHERE d.parent_code = :parent AND d.active = 1
ORDER BY d.code
