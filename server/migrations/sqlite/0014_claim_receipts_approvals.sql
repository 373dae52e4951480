-- Receipts of claim lines (R-EXP-4/5) and the approvals lines may need (R-EXP-1/5).
-- A receipt is kept as base64 text with its checked type, so it commits or rolls back with the
-- line it proves. A line's receipt flag is set while it has one.

CREATE TABLE expense_claim_receipts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id INTEGER NOT NULL REFERENCES expense_claims (id),
    line_id INTEGER NOT NULL REFERENCES expense_claim_lines (id) ON DELETE CASCADE,
    content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes INTEGER NOT NULL CHECK (size_bytes BETWEEN 1 AND 1048576),
    content TEXT NOT NULL,
    uploaded_by INTEGER REFERENCES users (id),
    uploaded_at TEXT NOT NULL
);
CREATE INDEX expense_claim_receipts_line ON expense_claim_receipts (claim_id, line_id, id);

-- A fare above ordinary class or lodging beyond the standard is approved by leadership in the
-- approval inbox (R-EXP-1/5); the line names its request, whose status the claim shows.
ALTER TABLE expense_claim_lines ADD COLUMN approval_id INTEGER REFERENCES approval_requests (id);
