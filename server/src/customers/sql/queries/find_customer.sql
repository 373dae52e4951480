SELECT c.id, c.kind, c.name, c.phone, c.notes, c.version, p.id, p.name, p.phone, p.title
FROM customers c LEFT JOIN customer_contacts p ON p.customer_id = c.id
WHERE c.id = :id
ORDER BY p.position, p.id
