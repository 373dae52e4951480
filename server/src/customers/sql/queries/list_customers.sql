SELECT c.id, c.kind, c.name, c.phone, c.notes, c.version, p.id, p.name, p.phone, p.title
FROM (SELECT id, kind, name, phone, notes, version FROM customers
      WHERE (:any_query = 1 OR name LIKE :pattern ESCAPE '\' OR phone LIKE :pattern2 ESCAPE '\'
       OR EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = customers.id
                  AND (k.name LIKE :pattern3 ESCAPE '\' OR k.phone LIKE :pattern4 ESCAPE '\')))
  AND (:any_kind = 1 OR kind = :kind)
      ORDER BY name, id
      LIMIT :limit OFFSET :offset) c
LEFT JOIN customer_contacts p ON p.customer_id = c.id
ORDER BY c.name, c.id, p.position, p.id
