-- The reference data jobs are made of (issue 9): the product catalogue (R-JOB-1), end customers
-- with contacts, sites with their division (R-JOB-1, R-EXP-2, R-EXP-5), dealers' contacts,
-- vehicles (R-DSP-2) and leave records (R-DSP-2); and the local-area policy (R-EXP-2).

-- A policy value may now be a division code. SQLite cannot change a CHECK in place: the table is
-- copied into one with the new list (no other table refers to it).
CREATE TABLE policy_values_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    policy_key TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    unit TEXT NOT NULL CHECK (unit IN ('months', 'persons', 'fen', 'minute_of_day', 'division_code')),
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

-- Meals "within Jinan city" (R-EXP-2): the local area is 济南市 and everything in it.
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('geo.local_area_division', 370100, 'division_code', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z');

-- Dealers: a version for their contact lists, and the people to call.
ALTER TABLE dealers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE dealer_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dealer_id INTEGER NOT NULL REFERENCES dealers (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    phone TEXT NOT NULL CHECK (length(phone) BETWEEN 7 AND 20),
    title TEXT NOT NULL CHECK (length(title) <= 30)
);
CREATE INDEX dealer_contacts_dealer ON dealer_contacts (dealer_id, position);

-- The product catalogue. model_key is the model trimmed and ASCII-upper-cased: the unique key,
-- so "bt-1608" cannot become a second BT-1608.
CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    model TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 50),
    model_key TEXT NOT NULL UNIQUE CHECK (length(model_key) BETWEEN 1 AND 50),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    series TEXT NOT NULL CHECK (length(series) <= 50),
    pieces_per_unit INTEGER NOT NULL CHECK (pieces_per_unit BETWEEN 1 AND 999),
    volume_l INTEGER NOT NULL CHECK (volume_l BETWEEN 1 AND 50000),
    weight_g INTEGER NOT NULL CHECK (weight_g BETWEEN 1 AND 5000000),
    install_minutes_per_unit INTEGER NOT NULL CHECK (install_minutes_per_unit BETWEEN 0 AND 1440),
    installers_needed INTEGER NOT NULL CHECK (installers_needed BETWEEN 0 AND 20),
    skill TEXT CHECK (skill IS NULL OR length(skill) BETWEEN 1 AND 50),
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((install_minutes_per_unit = 0) = (installers_needed = 0))
);
CREATE INDEX products_series ON products (series, model_key);

-- End customers and the people to call there.
CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'person')),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    phone TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 7 AND 20),
    notes TEXT NOT NULL CHECK (length(notes) <= 1000),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE customer_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    phone TEXT NOT NULL CHECK (length(phone) BETWEEN 7 AND 20),
    title TEXT NOT NULL CHECK (length(title) <= 30)
);
CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id, position);

-- Sites: an address of a customer, a dealer or both, in a division without children, with a
-- point (millionths of a degree) that is the division's seat when approximate = 1.
CREATE TABLE sites (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER REFERENCES customers (id),
    dealer_id INTEGER REFERENCES dealers (id),
    division_code INTEGER NOT NULL REFERENCES divisions (code),
    street TEXT NOT NULL CHECK (length(street) BETWEEN 1 AND 200),
    lat_e6 INTEGER NOT NULL CHECK (lat_e6 BETWEEN -90000000 AND 90000000),
    lng_e6 INTEGER NOT NULL CHECK (lng_e6 BETWEEN -180000000 AND 180000000),
    approximate INTEGER NOT NULL CHECK (approximate IN (0, 1)),
    floor INTEGER CHECK (floor IS NULL OR floor BETWEEN -5 AND 200),
    has_lift INTEGER CHECK (has_lift IS NULL OR has_lift IN (0, 1)),
    access_notes TEXT CHECK (access_notes IS NULL OR length(access_notes) <= 500),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (customer_id IS NOT NULL OR dealer_id IS NOT NULL)
);
CREATE INDEX sites_customer ON sites (customer_id);
CREATE INDEX sites_dealer ON sites (dealer_id);
CREATE INDEX sites_division ON sites (division_code);

-- Vehicles: what the jobs need of the fleet (issue 12 adds the rest).
CREATE TABLE vehicles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plate TEXT NOT NULL UNIQUE CHECK (length(plate) BETWEEN 7 AND 12),
    model TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 50),
    volume_l INTEGER NOT NULL CHECK (volume_l BETWEEN 1 AND 100000),
    payload_kg INTEGER NOT NULL CHECK (payload_kg BETWEEN 1 AND 50000),
    seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 9),
    status TEXT NOT NULL CHECK (status IN ('in_service', 'maintenance', 'retired')),
    driver_staff_id INTEGER REFERENCES staff (id),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Leave of staff: from and to are China calendar days, both inclusive. No two records of one
-- person overlap (the service checks it holding the staff row).
CREATE TABLE leave_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('annual', 'sick', 'personal', 'other')),
    note TEXT NOT NULL CHECK (length(note) <= 500),
    created_at TEXT NOT NULL,
    CHECK (to_date >= from_date)
);
CREATE INDEX leave_records_staff ON leave_records (staff_id, from_date);
CREATE INDEX leave_records_days ON leave_records (from_date, to_date);
