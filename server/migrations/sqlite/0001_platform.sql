-- Platform: effective-dated policy values, the append-only audit trail, dealers.

CREATE TABLE policy_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    policy_key TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    unit TEXT NOT NULL CHECK (unit IN ('months', 'persons', 'fen', 'minute_of_day')),
    valid_from TEXT NOT NULL,
    set_by TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (policy_key, valid_from)
);

-- Every number the regulations name, valid from the start of time (R-ORG-2, R-JOB-3, R-EXP, R-MAT-1).
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('grade.technician.min_experience_months', 3, 'months', '2000-01-01', 'system', '客服部管理制度 §一', '2000-01-01T00:00:00Z'),
    ('grade.supervisor.min_experience_months', 12, 'months', '2000-01-01', 'system', '客服部管理制度 §一', '2000-01-01T00:00:00Z'),
    ('grade.intern.internship_months', 3, 'months', '2000-01-01', 'system', '客服部管理制度 §一', '2000-01-01T00:00:00Z'),
    ('dispatch.crew_size_requiring_approval', 4, 'persons', '2000-01-01', 'system', '客服部管理制度 §二.2', '2000-01-01T00:00:00Z'),
    ('expense.meal.out_of_town.breakfast_fen', 500, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.out_of_town.lunch_fen', 1000, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.out_of_town.dinner_fen', 1000, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.jinan.lunch_fen', 1000, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.lodging.county_fen', 3000, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.lodging.prefecture_fen', 3500, 'fen', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('materials.return_cutoff_minute', 660, 'minute_of_day', '2000-01-01', 'system', '物料管理制度', '2000-01-01T00:00:00Z');

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_id INTEGER,
    username TEXT,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id);

-- The audit trail is append-only (R-SEC-3): the database itself refuses changes.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE dealers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    contact TEXT NOT NULL,
    phone TEXT NOT NULL,
    city TEXT NOT NULL,
    created_at TEXT NOT NULL
);
