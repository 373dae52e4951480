SELECT name, grade, status FROM staff WHERE id = :id
