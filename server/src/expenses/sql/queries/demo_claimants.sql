SELECT id FROM staff WHERE status = 'active' AND grade IN ('technician', 'supervisor') ORDER BY id
