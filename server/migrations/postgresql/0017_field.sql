-- Field work (issue 10, R-FLD-1..4, R-FLD-10): the steps the crew records on the phone, under the
-- UUID the phone made (the idempotency key, stored in the transaction that applies the step),
-- and the incidents the head resolves before a job may close (R-FLD-3).
CREATE TABLE field_records (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    step TEXT NOT NULL CHECK (step IN ('loading', 'departure', 'arrival', 'installation')),
    fingerprint TEXT NOT NULL,
    note TEXT NOT NULL,
    recorded_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    recorded_by_user_id BIGINT REFERENCES users (id),
    recorded_by_name TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'conflict')),
    conflict_reason TEXT NOT NULL,
    conflict_status TEXT NOT NULL
);
CREATE INDEX field_records_job ON field_records (job_id, recorded_at);
CREATE INDEX field_records_conflicts ON field_records (outcome, received_at);

CREATE TABLE field_record_checks (
    record_id TEXT NOT NULL REFERENCES field_records (id),
    check_name TEXT NOT NULL CHECK (check_name IN ('packaging_intact', 'keeper_confirmed',
        'tools_taken', 'feedback_form_taken', 'documents_taken', 'protection', 'placement',
        'adjustment', 'warranty_explained', 'site_cleaned')),
    PRIMARY KEY (record_id, check_name)
);

CREATE TABLE field_record_counts (
    record_id TEXT NOT NULL REFERENCES field_records (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    pieces BIGINT NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (record_id, product_id)
);

CREATE TABLE field_incidents (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    -- ANY, not IN: PostgreSQL keeps a one-value IN as a plain equality, which the contract test
    -- does not read as a list of values.
    kind TEXT NOT NULL CHECK (kind = ANY (ARRAY['count_mismatch'])),
    record_id TEXT NOT NULL REFERENCES field_records (id),
    raised_at timestamptz NOT NULL,
    resolved_at timestamptz,
    resolved_by_name TEXT NOT NULL,
    resolution TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX field_incidents_job ON field_incidents (job_id);
CREATE INDEX field_incidents_open ON field_incidents (resolved_at, raised_at);

CREATE TABLE field_incident_items (
    incident_id BIGINT NOT NULL REFERENCES field_incidents (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    expected BIGINT NOT NULL,
    counted BIGINT NOT NULL,
    PRIMARY KEY (incident_id, product_id)
);
