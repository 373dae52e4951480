INSERT INTO expense_claims (claimant_staff_id, job_id, trip_log_id, division_code, local, place_class,
    departure, return_at, times_from_trip_log, purpose, status, reject_reason, created_at,
    updated_at, version)
VALUES (:claimant, :job_id, :trip_log_id, :division_code, :local, :place_class, :departure,
    :return_at, :times_from_trip_log, :purpose, 'submitted', '', :created_at, :updated_at, 1)
RETURNING id
