-- PostgreSQL moves its times to timestamptz in this version. SQLite has no such type: times stay
-- ISO-8601 UTC text ("2026-11-27T02:00:00Z"), which sorts and compares as instants do.
SELECT 1;
