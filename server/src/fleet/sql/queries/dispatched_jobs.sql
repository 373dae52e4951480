SELECT j.id, j.number, j.vehicle_id, v.plate, j.scheduled_date
FROM jobs j
JOIN vehicles v ON v.id = j.vehicle_id
WHERE j.scheduled_date BETWEEN :from_day AND :to_day
  AND j.status IN ('en_route', 'on_site', 'installed', 'delivered', 'accepted', 'closed',
                   'rework_scheduled', 'returned_to_factory')
ORDER BY j.scheduled_date, v.plate, j.id
