INSERT INTO staff (name, phone, hire_date, experience_start, grade, status, left_on, version, created_at, updated_at)
VALUES (:name, :phone, :hire_date, :experience_start, :grade, :status, :left_on, 1, :at, :at2)
RETURNING id
