SELECT d.id, d.name, d.contact, d.phone, d.city, d.version, c.id, c.name, c.phone, c.title
FROM dealers d LEFT JOIN dealer_contacts c ON c.dealer_id = d.id
WHERE d.name = :name
ORDER BY c.position, c.id
