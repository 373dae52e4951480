-- The line-up saved for a day (R-DSP-3), its version and who saved it last.
SELECT version, saved_by_name, saved_at FROM dispatch_lineups WHERE day = :day
