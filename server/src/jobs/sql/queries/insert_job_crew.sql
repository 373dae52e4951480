INSERT INTO job_crew (job_id, staff_id, role, scheduled_date) VALUES (:job_id, :staff_id, :role, :scheduled_date)
