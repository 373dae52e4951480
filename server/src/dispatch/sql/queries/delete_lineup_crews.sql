-- The old crews of the line-up of a day, before they are written again (members first).
DELETE FROM dispatch_lineup_crews WHERE day = :day
