INSERT INTO leave_records (staff_id, from_date, to_date, kind, note, created_at)
VALUES (:staff_id, :from_date, :to_date, :kind, :note, :created_at)
RETURNING id
