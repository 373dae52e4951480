SELECT c.id, c.claimant_staff_id, st.name, c.job_id, c.trip_log_id, c.division_code, dv.name,
       c.local, c.place_class, c.departure, c.return_at, c.times_from_trip_log, c.purpose, c.status,
       c.reject_reason, c.created_at, c.version
FROM expense_claims c
LEFT JOIN staff st ON st.id = c.claimant_staff_id
LEFT JOIN divisions dv ON dv.code = c.division_code
