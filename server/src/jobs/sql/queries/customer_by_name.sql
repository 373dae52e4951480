SELECT id FROM customers WHERE name = :name ORDER BY id
