SELECT role FROM staff_roles WHERE staff_id = :staff_id
