-- On leave that day (both ends of a leave record are inclusive China calendar days).
SELECT COUNT(*) FROM leave_records WHERE staff_id = :id AND from_date <= :day AND to_date >= :day
