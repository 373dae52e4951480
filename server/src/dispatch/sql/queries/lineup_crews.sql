-- The crews of the line-up of a day, in the order the head formed them, with the name of the lead and
-- the plate of the vehicle to show them by.
SELECT c.position, c.lead_id, s.name, c.vehicle_id, v.plate, c.driver_id
FROM dispatch_lineup_crews c
JOIN staff s ON s.id = c.lead_id
JOIN vehicles v ON v.id = c.vehicle_id
WHERE c.day = :day
ORDER BY c.position
