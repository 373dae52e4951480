SELECT COUNT(*) FROM dealers WHERE id = :id
