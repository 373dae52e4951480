j.status = 'en_route'
  AND NOT EXISTS (SELECT 1 FROM job_calls k WHERE k.job_id = j.id AND k.kind = 'address'
                  AND k.outcome IN ('confirmed', 'changed'))
