DELETE FROM staff_skills WHERE staff_id = :staff_id
