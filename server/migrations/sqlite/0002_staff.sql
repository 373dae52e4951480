-- Staff, their grades and functions, grade history and training (R-ORG-1, R-ORG-2, R-ORG-3).

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    phone TEXT NOT NULL UNIQUE,
    hire_date TEXT NOT NULL,
    experience_start TEXT NOT NULL,
    grade TEXT NOT NULL CHECK (grade IN ('head', 'supervisor', 'technician', 'intern', 'none')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    left_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (experience_start >= hire_date),
    CHECK ((status = 'left') = (left_on IS NOT NULL))
);
CREATE INDEX staff_name ON staff (name);
CREATE INDEX staff_grade ON staff (grade, status);

CREATE TABLE staff_roles (
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    role TEXT NOT NULL CHECK (role IN ('head', 'supervisor', 'technician', 'intern', 'driver', 'warehouse', 'sales', 'dealer', 'clerk', 'finance', 'leadership', 'admin')),
    PRIMARY KEY (staff_id, role)
);

CREATE TABLE grade_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    from_grade TEXT NOT NULL,
    to_grade TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('promotion', 'override', 'internship_ended_early')),
    reason TEXT,
    changed_at TEXT NOT NULL,
    changed_by_user_id INTEGER,
    changed_by_name TEXT NOT NULL,
    CHECK (kind = 'promotion' OR (reason IS NOT NULL AND length(reason) > 0))
);
CREATE INDEX grade_changes_staff ON grade_changes (staff_id);

CREATE TABLE training_topics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    required INTEGER NOT NULL CHECK (required IN (0, 1))
);

CREATE TABLE training_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    topic_id INTEGER NOT NULL REFERENCES training_topics (id),
    trainer TEXT NOT NULL,
    training_date TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('passed', 'failed', 'pending')),
    notes TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX training_records_staff ON training_records (staff_id);
