-- The members of the crews of the line-up of a day, crew by crew in the order they were named.
SELECT position, staff_id
FROM dispatch_lineup_members
WHERE day = :day
ORDER BY position, seq
