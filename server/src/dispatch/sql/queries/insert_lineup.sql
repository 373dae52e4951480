-- A day's first line-up (version 1); a second insert for the day breaks the primary key, which
-- the adapter answers as someone else's save coming first.
INSERT INTO dispatch_lineups (day, version, saved_by_name, saved_at)
VALUES (:day, 1, :by_name, :at)
