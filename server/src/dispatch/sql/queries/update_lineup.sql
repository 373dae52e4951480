-- The line-up of a day saved again, only over the version the head read.
UPDATE dispatch_lineups
SET version = version + 1, saved_by_name = :by_name, saved_at = :at
WHERE day = :day AND version = :version
