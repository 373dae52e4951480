SELECT staff_id FROM staff_roles WHERE role = 'driver' ORDER BY staff_id
