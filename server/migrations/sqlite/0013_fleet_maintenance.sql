-- Vehicle maintenance (R-VEH-2): per vehicle the next due service, annual inspection and
-- insurance (a date and/or a km reading), and the maintenance records that move them.

-- Policy values may now be counted in days and km. SQLite cannot change a CHECK in place, so the
-- table is copied into one with the new list (no other table refers to it).
CREATE TABLE policy_values_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    policy_key TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    unit TEXT NOT NULL CHECK (unit IN ('months', 'persons', 'fen', 'minute_of_day', 'division_code', 'days', 'km')),
    valid_from TEXT NOT NULL,
    set_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (policy_key, valid_from)
);
INSERT INTO policy_values_new (id, policy_key, value, unit, valid_from, set_by, reason, created_at)
SELECT id, policy_key, value, unit, valid_from, set_by, reason, created_at FROM policy_values;
DROP TABLE policy_values;
ALTER TABLE policy_values_new RENAME TO policy_values;

-- A due item is listed as due soon this many days before its date or km before its reading.
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('fleet.maintenance.soon_days', 30, 'days', '2000-01-01', 'system', '车辆管理 保养年检保险提醒', '2000-01-01T00:00:00Z'),
    ('fleet.maintenance.soon_km', 1000, 'km', '2000-01-01', 'system', '车辆管理 保养年检保险提醒', '2000-01-01T00:00:00Z');

CREATE TABLE vehicle_due_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    kind TEXT NOT NULL CHECK (kind IN ('service', 'annual_inspection', 'insurance')),
    due_on TEXT,
    due_km INTEGER CHECK (due_km >= 0),
    updated_at TEXT NOT NULL,
    UNIQUE (vehicle_id, kind),
    CHECK (due_on IS NOT NULL OR due_km IS NOT NULL)
);

CREATE TABLE vehicle_maintenance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id INTEGER NOT NULL REFERENCES vehicles (id),
    kind TEXT NOT NULL CHECK (kind IN ('service', 'annual_inspection', 'insurance')),
    done_on TEXT NOT NULL,
    odometer_km INTEGER NOT NULL CHECK (odometer_km >= 0),
    cost_fen INTEGER NOT NULL CHECK (cost_fen >= 0),
    notes TEXT NOT NULL,
    next_due_on TEXT,
    next_due_km INTEGER CHECK (next_due_km >= 0),
    created_by_user_id INTEGER REFERENCES users (id),
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX vehicle_maintenance_vehicle ON vehicle_maintenance (vehicle_id, done_on);
