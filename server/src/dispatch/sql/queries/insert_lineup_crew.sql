-- One crew of the line-up of a day.
INSERT INTO dispatch_lineup_crews (day, position, lead_id, vehicle_id, driver_id)
VALUES (:day, :position, :lead_id, :vehicle_id, :driver_id)
