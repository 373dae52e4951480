-- An audit entry can be as sensitive as the data it describes (hardening item 4, R-SEC-2): a
-- promotion's reason is HR data. restricted_to names the action a reader needs besides
-- audit.read; the entries written before this column existed are classified once here.
ALTER TABLE audit_log ADD COLUMN restricted_to TEXT;
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
UPDATE audit_log SET restricted_to = 'staff.hr_read'
WHERE entity = 'staff' AND action IN ('promote', 'end_internship');
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
