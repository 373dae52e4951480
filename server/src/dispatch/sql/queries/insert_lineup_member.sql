-- One member of a crew of the line-up of a day.
INSERT INTO dispatch_lineup_members (day, position, seq, staff_id)
VALUES (:day, :position, :seq, :staff_id)
