SELECT id FROM dealers WHERE name = :name
