INSERT INTO grade_changes (staff_id, from_grade, to_grade, kind, reason, changed_at, changed_by_user_id, changed_by_name)
VALUES (:staff_id, :from_grade, :to_grade, :kind, :reason, :changed_at, :changed_by_user_id, :changed_by_name)
