j.status = 'new' AND j.lead_staff_id IS NULL
