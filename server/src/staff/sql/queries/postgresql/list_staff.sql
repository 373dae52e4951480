SELECT id, name, phone, hire_date, experience_start, grade, status, left_on, version,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM staff_roles r WHERE r.staff_id = staff.id) AS roles,
       (SELECT string_agg(k.skill, ',' ORDER BY k.skill) FROM staff_skills k WHERE k.staff_id = staff.id) AS skills
FROM staff
WHERE (:any_query = 1 OR name ILIKE :pattern ESCAPE '\' OR phone ILIKE :pattern2 ESCAPE '\')
  AND (:any_grade = 1 OR grade = :grade)
  AND (:any_status = 1 OR status = :status)
ORDER BY name, id
LIMIT :limit OFFSET :offset
