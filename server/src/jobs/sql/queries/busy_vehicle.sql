SELECT j.number, j.scheduled_start, j.scheduled_end, j.id
FROM jobs j
WHERE j.vehicle_id = :vehicle_id AND j.scheduled_date = :day AND j.id <> :except
  AND j.status NOT IN ('cancelled', 'closed')
