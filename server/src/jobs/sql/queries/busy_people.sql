SELECT j.number, j.scheduled_start, j.scheduled_end, c.staff_id, j.id
FROM job_crew c JOIN jobs j ON j.id = c.job_id
WHERE c.scheduled_date = :day AND c.job_id <> :except
  AND j.status NOT IN ('cancelled', 'closed')
