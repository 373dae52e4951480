-- One member of a crew of a day's line-up.
INSERT INTO dispatch_lineup_members (day, position, seq, staff_id)
VALUES (:day, :position, :seq, :staff_id)
