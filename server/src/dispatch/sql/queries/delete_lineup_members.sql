-- The old members of a day's line-up, before its crews are written again.
DELETE FROM dispatch_lineup_members WHERE day = :day
