-- Signed documents of field work (issue 10, R-FLD-5..7): the installation receipt, the delivery
-- note and the acceptance document of a job, each a chain of immutable signed versions (a
-- correction is a new version with a reason), and the paper copies the office tracks.
CREATE TABLE field_documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER NOT NULL REFERENCES jobs (id),
    kind TEXT NOT NULL CHECK (kind IN ('installation_receipt', 'delivery_note', 'acceptance')),
    current_version INTEGER NOT NULL CHECK (current_version >= 1),
    version INTEGER NOT NULL,
    UNIQUE (job_id, kind)
);

-- One row per signed version, written once; the triggers below refuse every change.
CREATE TABLE field_document_versions (
    document_id INTEGER NOT NULL REFERENCES field_documents (id),
    version INTEGER NOT NULL CHECK (version >= 1),
    record_id TEXT NOT NULL UNIQUE CHECK (length(record_id) = 36),
    fingerprint TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('drawn', 'paper_photo')),
    image_type TEXT NOT NULL,
    image TEXT NOT NULL,
    counts TEXT NOT NULL,
    note TEXT NOT NULL,
    reason TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    recorded_by_user_id INTEGER REFERENCES users (id),
    recorded_by_name TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
);
CREATE TRIGGER field_document_versions_immutable_update
BEFORE UPDATE ON field_document_versions
BEGIN
    SELECT RAISE(ABORT, 'signed document versions are immutable');
END;
CREATE TRIGGER field_document_versions_immutable_delete
BEFORE DELETE ON field_document_versions
BEGIN
    SELECT RAISE(ABORT, 'signed document versions are immutable');
END;

CREATE TABLE field_document_copies (
    document_id INTEGER NOT NULL REFERENCES field_documents (id),
    copy TEXT NOT NULL CHECK (copy IN ('returned_to_supervisor', 'clerk', 'supervisor')),
    state TEXT NOT NULL CHECK (state IN ('pending', 'returned', 'missing', 'handed_over', 'filed')),
    changed_at TEXT,
    changed_by_name TEXT NOT NULL,
    PRIMARY KEY (document_id, copy)
);
CREATE INDEX field_document_copies_state ON field_document_copies (state);
