-- The fleet beyond dispatch (R-VEH-1..3). Trip logs (出车记录) filled in by the driver, with the
-- jobs each trip served. Times are instants; fuel is in centilitres, money in fen.
CREATE TABLE trip_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    driver_staff_id INTEGER NOT NULL REFERENCES staff (id),
    departed_at TEXT NOT NULL,
    returned_at TEXT NOT NULL,
    odometer_out_km INTEGER NOT NULL CHECK (odometer_out_km BETWEEN 0 AND 9999999),
    odometer_in_km INTEGER NOT NULL CHECK (odometer_in_km BETWEEN 0 AND 9999999),
    destinations TEXT NOT NULL,
    purpose TEXT NOT NULL,
    fuel_cl INTEGER NOT NULL CHECK (fuel_cl >= 0),
    fuel_fen INTEGER NOT NULL CHECK (fuel_fen >= 0),
    toll_fen INTEGER NOT NULL CHECK (toll_fen >= 0),
    parking_fen INTEGER NOT NULL CHECK (parking_fen >= 0),
    created_by_user_id INTEGER REFERENCES users (id),
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    CHECK (returned_at > departed_at),
    CHECK (odometer_in_km >= odometer_out_km)
);
CREATE INDEX trip_logs_vehicle ON trip_logs (vehicle_id, departed_at);
CREATE INDEX trip_logs_driver ON trip_logs (driver_staff_id, departed_at);
CREATE INDEX trip_logs_departed ON trip_logs (departed_at);

CREATE TABLE trip_log_jobs (
    trip_log_id INTEGER NOT NULL REFERENCES trip_logs (id),
    job_id INTEGER NOT NULL REFERENCES jobs (id),
    PRIMARY KEY (trip_log_id, job_id)
);
CREATE INDEX trip_log_jobs_job ON trip_log_jobs (job_id);

-- A dispatched vehicle needs its trip log by this minute of the next morning (flags for the head).
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('fleet.trip_log.deadline_minute', 540, 'minute_of_day', '2000-01-01', 'system', '出车记录登记表', '2000-01-01T00:00:00Z');
