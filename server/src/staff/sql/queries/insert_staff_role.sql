INSERT INTO staff_roles (staff_id, role) VALUES (:staff_id, :role)
