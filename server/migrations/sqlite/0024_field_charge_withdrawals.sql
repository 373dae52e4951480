-- A charge decided in error is withdrawn by the head with a reason (issue 10, R-FLD-9): it stays
-- listed, marked, and no longer counts in the person's total. The three are set together, once.
ALTER TABLE field_charges ADD COLUMN withdrawn_at TEXT;
ALTER TABLE field_charges ADD COLUMN withdrawn_by_name TEXT;
ALTER TABLE field_charges ADD COLUMN withdrawal_reason TEXT;
