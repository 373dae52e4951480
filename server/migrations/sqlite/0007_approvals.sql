-- The approval inbox (R-ORG-2 promotion overrides; R-JOB-3 crew sizes next): each request is
-- decided once, by whom, when and why.
CREATE TABLE approval_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 50),
    subject_id INTEGER NOT NULL,
    target TEXT NOT NULL,
    summary TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_by_user_id INTEGER REFERENCES users (id),
    requested_by_name TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by_user_id INTEGER REFERENCES users (id),
    decided_by_name TEXT,
    decided_at TEXT,
    decision_reason TEXT NOT NULL,
    version INTEGER NOT NULL,
    CHECK ((status = 'pending') = (decided_at IS NULL)),
    CHECK (status <> 'rejected' OR length(decision_reason) > 0)
);
CREATE INDEX approval_requests_status ON approval_requests (status, kind, subject_id);
-- At most one pending request per kind and subject, whatever the race.
CREATE UNIQUE INDEX approval_requests_one_pending
    ON approval_requests (kind, subject_id) WHERE status = 'pending';
