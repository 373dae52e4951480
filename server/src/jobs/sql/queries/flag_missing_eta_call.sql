j.status IN ('scheduled', 'loading') AND j.scheduled_date = :today
  AND NOT EXISTS (SELECT 1 FROM job_calls k WHERE k.job_id = j.id AND k.kind = 'eta')
