SELECT l.id, l.staff_id, s.name, l.from_date, l.to_date, l.kind, l.note
FROM leave_records l JOIN staff s ON s.id = l.staff_id
WHERE l.staff_id = :staff_id
ORDER BY l.from_date DESC, l.id DESC
