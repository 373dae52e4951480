SELECT id FROM staff WHERE id = :id
