SELECT COALESCE(SUM(j.crew_size), 0)
FROM jobs j
WHERE j.dealer_id = :dealer_id AND j.scheduled_date = :day AND j.id <> :except
  AND j.status NOT IN ('cancelled', 'closed')
