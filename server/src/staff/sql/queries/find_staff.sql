SELECT id, name, phone, hire_date, experience_start, grade, status, left_on, version
FROM staff WHERE id = :id
