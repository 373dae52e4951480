UPDATE staff
SET name = :name, phone = :phone, hire_date = :hire_date, experience_start = :experience_start,
    grade = :grade, status = :status, left_on = :left_on, version = version + 1, updated_at = :at
WHERE id = :id AND version = :version
