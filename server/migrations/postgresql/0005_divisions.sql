-- Administrative divisions of mainland China (GB/T 2260) for job sites and travel allowances
-- (R-JOB-1, R-EXP-2, R-EXP-5). The rows are not written here: `kefu migrate` loads the dataset
-- embedded in the binary whenever reference_data says the stored one is another (docs/adr/0006).

CREATE TABLE divisions (
    code INTEGER PRIMARY KEY CHECK (code BETWEEN 110000 AND 829999),
    parent_code INTEGER REFERENCES divisions (code),
    level TEXT NOT NULL CHECK (level IN ('province', 'prefecture', 'county')),
    kind TEXT NOT NULL CHECK (kind IN ('province', 'municipality', 'prefecture_city', 'prefecture', 'district', 'county', 'county_level_city', 'other')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    -- The seat of government in millionths of a degree (GCJ-02, as AMap publishes it).
    lat_e6 INTEGER NOT NULL CHECK (lat_e6 BETWEEN -90000000 AND 90000000),
    lng_e6 INTEGER NOT NULL CHECK (lng_e6 BETWEEN -180000000 AND 180000000),
    -- 1 when the map data had no point for it and the parent's is used.
    approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
    -- 0 once a division leaves the official list; the row stays because records may name it.
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    CHECK ((level = 'province') = (parent_code IS NULL))
);
CREATE INDEX divisions_parent ON divisions (parent_code, code);
CREATE INDEX divisions_name ON divisions (name);

-- Which version of each reference dataset the tables hold (one row per dataset).
CREATE TABLE reference_data (
    dataset TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    source TEXT NOT NULL,
    row_count INTEGER NOT NULL CHECK (row_count >= 0),
    loaded_at TEXT NOT NULL
);
