-- Photos of field steps (issue 10, R-FLD-1..4), re-encoded on the server without any metadata
-- (ADR 0016) and kept in the row as base64 (ADR 0012), once per phone UUID (R-FLD-10).
CREATE TABLE field_photos (
    id BIGSERIAL PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE CHECK (length(record_id) = 36),
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    step TEXT NOT NULL CHECK (step IN ('loading', 'departure', 'arrival', 'installation')),
    fingerprint TEXT NOT NULL,
    content TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size_bytes BIGINT NOT NULL,
    recorded_by_user_id BIGINT REFERENCES users (id),
    recorded_by_name TEXT NOT NULL,
    received_at timestamptz NOT NULL
);
CREATE INDEX field_photos_job ON field_photos (job_id, id);
