SELECT COUNT(*) FROM leave_records
WHERE staff_id = :staff_id AND from_date <= :day AND to_date >= :day2
