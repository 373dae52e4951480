SELECT l.id, l.staff_id, s.name, l.from_date, l.to_date, l.kind, l.note
FROM leave_records l JOIN staff s ON s.id = l.staff_id
WHERE l.from_date <= :day AND l.to_date >= :day2
ORDER BY s.name, l.id
