ORDER BY j.job_date DESC, j.id DESC LIMIT :limit OFFSET :offset
