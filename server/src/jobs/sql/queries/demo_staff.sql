SELECT id, name, grade FROM staff WHERE status = 'active' ORDER BY id
