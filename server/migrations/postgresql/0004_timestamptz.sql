-- Times become timestamptz on PostgreSQL (instants, compared and ordered as such). The ISO-8601
-- UTC text written so far ("2026-11-27T02:00:00Z") converts as it is; nothing is lost.
ALTER TABLE policy_values ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE audit_log ALTER COLUMN at TYPE timestamptz USING at::timestamptz;
ALTER TABLE dealers ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE staff ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE staff ALTER COLUMN updated_at TYPE timestamptz USING updated_at::timestamptz;
ALTER TABLE grade_changes ALTER COLUMN changed_at TYPE timestamptz USING changed_at::timestamptz;
ALTER TABLE training_records ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE users ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE sessions ALTER COLUMN created_at TYPE timestamptz USING created_at::timestamptz;
ALTER TABLE sessions ALTER COLUMN last_seen_at TYPE timestamptz USING last_seen_at::timestamptz;
ALTER TABLE sessions ALTER COLUMN expires_at TYPE timestamptz USING expires_at::timestamptz;
ALTER TABLE login_failures ALTER COLUMN at TYPE timestamptz USING at::timestamptz;
