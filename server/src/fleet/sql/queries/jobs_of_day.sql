SELECT j.id, j.number, j.status, j.vehicle_id, v.plate, si.street, j.scheduled_start,
    j.scheduled_end
FROM jobs j
JOIN job_crew c ON c.job_id = j.id
LEFT JOIN vehicles v ON v.id = j.vehicle_id
LEFT JOIN sites si ON si.id = j.site_id
WHERE c.staff_id = :staff_id AND j.scheduled_date = :day AND j.status <> 'cancelled'
ORDER BY j.scheduled_start, j.id
