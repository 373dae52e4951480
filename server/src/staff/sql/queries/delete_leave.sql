DELETE FROM leave_records WHERE id = :id
