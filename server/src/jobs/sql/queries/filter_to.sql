j.job_date <= :to_date
