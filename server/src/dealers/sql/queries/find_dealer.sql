SELECT id, name, contact, phone, city FROM dealers WHERE id = :id
