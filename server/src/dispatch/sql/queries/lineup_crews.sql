-- The crews of a day's line-up, in the order the head formed them.
SELECT position, lead_id, vehicle_id, driver_id
FROM dispatch_lineup_crews
WHERE day = :day
ORDER BY position
