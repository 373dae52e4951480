SELECT COUNT(*) FROM staff_roles WHERE staff_id = :id AND role = 'driver'
