-- The old crews of a day's line-up, before they are written again (members first).
DELETE FROM dispatch_lineup_crews WHERE day = :day
