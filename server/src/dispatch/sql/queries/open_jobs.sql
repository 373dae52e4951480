-- The jobs of a day waiting for a crew (R-DSP-4), new and not waiting for the decision of leadership
-- on their crew size, with the point of the site and the install minutes of all their items.
SELECT j.id, j.number, j.version, s.lat_e6, s.lng_e6, j.window_start, j.window_end, j.crew_needed,
       j.total_volume_l, j.total_weight_g, j.priority,
       CAST(COALESCE(SUM(p.install_minutes_per_unit * i.quantity), 0) AS BIGINT) AS install_minutes
FROM jobs j
JOIN sites s ON s.id = j.site_id
LEFT JOIN job_items i ON i.job_id = j.id
LEFT JOIN products p ON p.id = i.product_id
WHERE j.status = 'new' AND j.requested_date = :day AND j.crew_approval <> 'pending'
GROUP BY j.id, j.number, j.version, s.lat_e6, s.lng_e6, j.window_start, j.window_end,
         j.crew_needed, j.total_volume_l, j.total_weight_g, j.priority
ORDER BY j.id
