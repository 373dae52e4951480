j.job_date >= :from_date
