SELECT id, name, phone, hire_date, experience_start, grade, status, left_on, version,
       (SELECT group_concat(r.role, ',') FROM staff_roles r WHERE r.staff_id = staff.id) AS roles,
       (SELECT group_concat(k.skill, ',') FROM staff_skills k WHERE k.staff_id = staff.id) AS skills
FROM staff
WHERE (:any_query = 1 OR name LIKE :pattern ESCAPE '\' OR phone LIKE :pattern2 ESCAPE '\')
  AND (:any_grade = 1 OR grade = :grade)
  AND (:any_status = 1 OR status = :status)
ORDER BY name, id
LIMIT :limit OFFSET :offset
