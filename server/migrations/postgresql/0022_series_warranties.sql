-- The warranty of each product series (issue 10, R-FLD-4): what the crew explains at
-- installation, effective-dated like policy - a version is in force from valid_from until the
-- next version of the same series, and versions are only ever added.
CREATE TABLE catalog_series_warranties (
    id BIGSERIAL PRIMARY KEY,
    series TEXT NOT NULL CHECK (length(series) BETWEEN 1 AND 50),
    valid_from TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    content TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_by_name TEXT NOT NULL,
    set_at timestamptz NOT NULL,
    UNIQUE (series, valid_from)
);
