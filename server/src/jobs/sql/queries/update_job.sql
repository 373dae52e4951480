UPDATE jobs
SET status = :status, crew_approval = :crew_approval, approval_id = :approval_id,
    scheduled_date = :scheduled_date, job_date = :job_date, scheduled_start = :scheduled_start,
    scheduled_end = :scheduled_end, lead_staff_id = :lead_staff_id, vehicle_id = :vehicle_id,
    driver_staff_id = :driver_staff_id, crew_size = :crew_size, cancel_reason = :cancel_reason,
    updated_at = :updated_at, version = :version
WHERE id = :id AND version = :previous_version
