-- The first line-up of a day (version 1); a second insert for the day breaks the primary key, which
-- the adapter answers as another save coming first.
INSERT INTO dispatch_lineups (day, version, saved_by_name, saved_at)
VALUES (:day, 1, :by_name, :at)
