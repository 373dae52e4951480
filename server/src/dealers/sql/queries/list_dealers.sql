SELECT d.id, d.name, d.contact, d.phone, d.city, d.version, c.id, c.name, c.phone, c.title
FROM (SELECT id, name, contact, phone, city, version FROM dealers
      WHERE (:any = 1 OR id = :id)
      ORDER BY name, id
      LIMIT :limit OFFSET :offset) d
LEFT JOIN dealer_contacts c ON c.dealer_id = d.id
ORDER BY d.name, d.id, c.position, c.id
