SELECT id, name, phone, hire_date, experience_start, grade, status, left_on, version,
       (SELECT group_concat(r.role, ',') FROM staff_roles r WHERE r.staff_id = staff.id) AS roles,
       (SELECT group_concat(k.skill, ',') FROM staff_skills k WHERE k.staff_id = staff.id) AS skills
FROM staff WHERE id = :id
