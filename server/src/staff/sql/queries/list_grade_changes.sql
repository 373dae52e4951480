SELECT id, staff_id, from_grade, to_grade, kind, reason, changed_at, changed_by_user_id, changed_by_name
FROM grade_changes WHERE staff_id = :staff_id
ORDER BY id DESC
