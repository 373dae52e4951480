WHERE c.id = :id
