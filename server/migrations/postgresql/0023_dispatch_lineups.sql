-- The crews the head forms for a day (issue 11, R-DSP-3): kept so the board, the planning
-- assistant and a re-plan start from them after a reload. One line-up per day, versioned as a
-- whole (two heads editing the same day: the second is told to reload); replaced, not edited
-- crew by crew. Days are China calendar days.
CREATE TABLE dispatch_lineups (
    day TEXT PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version >= 1),
    saved_by_name TEXT NOT NULL,
    saved_at timestamptz NOT NULL
);

CREATE TABLE dispatch_lineup_crews (
    day TEXT NOT NULL REFERENCES dispatch_lineups (day),
    position INTEGER NOT NULL CHECK (position >= 0),
    lead_id BIGINT NOT NULL REFERENCES staff (id),
    vehicle_id BIGINT NOT NULL REFERENCES vehicles (id),
    driver_id BIGINT REFERENCES staff (id),
    PRIMARY KEY (day, position),
    UNIQUE (day, vehicle_id),
    UNIQUE (day, lead_id)
);

CREATE TABLE dispatch_lineup_members (
    day TEXT NOT NULL,
    position INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (day, position, seq),
    FOREIGN KEY (day, position) REFERENCES dispatch_lineup_crews (day, position)
);
