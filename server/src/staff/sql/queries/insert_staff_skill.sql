INSERT INTO staff_skills (staff_id, skill) VALUES (:staff_id, :skill)
