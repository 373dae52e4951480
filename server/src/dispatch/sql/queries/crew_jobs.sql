-- The jobs of a day that hold a crew (R-DSP-4 re-planning and the day on the map), in any state
-- but cancelled, with the point of the site, the install minutes of all their items and the crew.
-- The first twelve columns are those of open_jobs.sql.
SELECT j.id, j.number, j.version, s.lat_e6, s.lng_e6, j.window_start, j.window_end,
       j.crew_needed, j.total_volume_l, j.total_weight_g, j.priority,
       CAST(COALESCE(SUM(p.install_minutes_per_unit * i.quantity), 0) AS BIGINT) AS install_minutes,
       j.status, j.lead_staff_id, j.vehicle_id, j.driver_staff_id, j.scheduled_start, j.scheduled_end
FROM jobs j
JOIN sites s ON s.id = j.site_id
LEFT JOIN job_items i ON i.job_id = j.id
LEFT JOIN products p ON p.id = i.product_id
WHERE j.scheduled_date = :day AND j.lead_staff_id IS NOT NULL AND j.status <> 'cancelled'
GROUP BY j.id, j.number, j.version, j.status, s.lat_e6, s.lng_e6, j.window_start, j.window_end,
         j.crew_needed, j.total_volume_l, j.total_weight_g, j.priority, j.lead_staff_id,
         j.vehicle_id, j.driver_staff_id, j.scheduled_start, j.scheduled_end
ORDER BY j.scheduled_start, j.id
