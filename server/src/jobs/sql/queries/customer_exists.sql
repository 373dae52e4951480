SELECT COUNT(*) FROM customers WHERE id = :id
