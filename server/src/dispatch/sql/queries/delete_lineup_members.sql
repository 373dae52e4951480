-- The old members of the line-up of a day, before its crews are written again.
DELETE FROM dispatch_lineup_members WHERE day = :day
