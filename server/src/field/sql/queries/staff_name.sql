SELECT name FROM staff WHERE id = :id
