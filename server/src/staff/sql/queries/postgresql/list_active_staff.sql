SELECT id, name, phone, hire_date, experience_start, grade, status, left_on, version,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM staff_roles r WHERE r.staff_id = staff.id) AS roles,
       (SELECT string_agg(k.skill, ',' ORDER BY k.skill) FROM staff_skills k WHERE k.staff_id = staff.id) AS skills
FROM staff WHERE status = 'active'
ORDER BY name, id
