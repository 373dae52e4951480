SELECT id, name, contact, phone, city FROM dealers
WHERE (:any = 1 OR id = :id)
ORDER BY name, id
LIMIT :limit OFFSET :offset
