SELECT job_date, status, COUNT(*) FROM jobs
WHERE job_date >= :from_date AND job_date <= :to_date
GROUP BY job_date, status
ORDER BY job_date, status
