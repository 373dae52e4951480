-- Quality returns (issue 10, R-FLD-9): the repacking check of goods back at the factory, once per
-- return of a job (its version when checked), with the photo of a damage re-encoded without
-- metadata (ADR 0016) and kept in the row as base64 (ADR 0012); and the charges the head decides
-- on a damaged check, each staff member once. The China dates serve the lists by period.
CREATE TABLE field_return_checks (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    job_version INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('intact', 'damaged')),
    note TEXT NOT NULL,
    photo TEXT NOT NULL,
    checked_by_user_id BIGINT REFERENCES users (id),
    checked_by_name TEXT NOT NULL,
    checked_at timestamptz NOT NULL,
    checked_date TEXT NOT NULL,
    UNIQUE (job_id, job_version)
);
CREATE INDEX field_return_checks_date ON field_return_checks (checked_date);

CREATE TABLE field_charges (
    id BIGSERIAL PRIMARY KEY,
    check_id BIGINT NOT NULL REFERENCES field_return_checks (id),
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    reason TEXT NOT NULL,
    decided_by_user_id BIGINT REFERENCES users (id),
    decided_by_name TEXT NOT NULL,
    decided_at timestamptz NOT NULL,
    decided_date TEXT NOT NULL,
    UNIQUE (check_id, staff_id)
);
CREATE INDEX field_charges_date ON field_charges (decided_date);
