-- A withdrawn charge no longer blocks a new one (issue 10, R-FLD-9): the head who charged the
-- right person the wrong amount withdraws it and charges again. Each person still has at most one
-- standing charge per check, now a partial unique index. SQLite cannot drop a table constraint,
-- so the table is rebuilt with its rows and ids (nothing references it).
CREATE TABLE field_charges_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    check_id INTEGER NOT NULL REFERENCES field_return_checks (id),
    staff_id INTEGER NOT NULL REFERENCES staff (id),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    reason TEXT NOT NULL,
    decided_by_user_id INTEGER REFERENCES users (id),
    decided_by_name TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    decided_date TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by_name TEXT,
    withdrawal_reason TEXT
);
INSERT INTO field_charges_new (id, check_id, staff_id, amount_fen, reason, decided_by_user_id,
    decided_by_name, decided_at, decided_date, withdrawn_at, withdrawn_by_name, withdrawal_reason)
SELECT id, check_id, staff_id, amount_fen, reason, decided_by_user_id, decided_by_name, decided_at,
    decided_date, withdrawn_at, withdrawn_by_name, withdrawal_reason
FROM field_charges;
DROP TABLE field_charges;
ALTER TABLE field_charges_new RENAME TO field_charges;
CREATE INDEX field_charges_date ON field_charges (decided_date);
CREATE UNIQUE INDEX field_charges_standing ON field_charges (check_id, staff_id)
    WHERE withdrawn_at IS NULL;
