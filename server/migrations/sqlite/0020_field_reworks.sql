-- The promise of a rework job (issue 10, R-FLD-8): the job it repairs (and so its crew), what
-- could not be solved on site, the date committed to the customer and the apology call. When
-- the rework was done is read from the job's own transitions, never stored twice.
CREATE TABLE field_reworks (
    job_id INTEGER PRIMARY KEY REFERENCES jobs (id),
    original_job_id INTEGER NOT NULL REFERENCES jobs (id),
    problem TEXT NOT NULL,
    committed_date TEXT NOT NULL,
    raised_by_user_id INTEGER REFERENCES users (id),
    raised_by_name TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    apology_at TEXT,
    apology_by_user_id INTEGER REFERENCES users (id),
    apology_by_name TEXT NOT NULL,
    apology_note TEXT NOT NULL,
    version INTEGER NOT NULL
);
CREATE INDEX field_reworks_committed ON field_reworks (committed_date);
CREATE INDEX field_reworks_original ON field_reworks (original_job_id);
