-- The rows of one page of the job list, after page_jobs.sql (which picks and orders the ids)
-- and its closing parenthesis. The joins and the call subqueries run for these rows only.
SELECT j.id, j.number, j.kind, j.status, j.customer_id, j.dealer_id, j.site_id, j.division_code,
       j.contact_name, j.contact_phone, j.requested_date, j.window_start, j.window_end, j.priority,
       j.source_document, j.notes, j.raised_by_user_id, j.raised_by_name, j.original_job_id,
       j.crew_requested, j.crew_needed, j.crew_approval, j.approval_id, j.scheduled_date,
       j.scheduled_start, j.scheduled_end, j.lead_staff_id, j.vehicle_id, j.driver_staff_id,
       j.cancel_reason, j.total_pieces, j.total_volume_l, j.total_weight_g, j.created_at, j.version,
       cu.name, de.name, si.street, dv.name, ls.name, ds.name, ve.plate,
       CASE WHEN EXISTS (SELECT 1 FROM job_calls k WHERE k.job_id = j.id AND k.kind = 'eta')
            THEN 1 ELSE 0 END,
       CASE WHEN EXISTS (SELECT 1 FROM job_calls k WHERE k.job_id = j.id AND k.kind = 'address'
                         AND k.outcome IN ('confirmed', 'changed')) THEN 1 ELSE 0 END
FROM page_ids p
JOIN jobs j ON j.id = p.id
LEFT JOIN customers cu ON cu.id = j.customer_id
LEFT JOIN dealers de ON de.id = j.dealer_id
LEFT JOIN sites si ON si.id = j.site_id
LEFT JOIN divisions dv ON dv.code = j.division_code
LEFT JOIN staff ls ON ls.id = j.lead_staff_id
LEFT JOIN staff ds ON ds.id = j.driver_staff_id
LEFT JOIN vehicles ve ON ve.id = j.vehicle_id
ORDER BY j.job_date DESC, j.id DESC
