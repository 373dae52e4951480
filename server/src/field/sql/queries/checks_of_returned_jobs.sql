SELECT c.job_id, c.job_version
FROM field_return_checks c
JOIN jobs j ON j.id = c.job_id
WHERE j.status = 'returned_to_factory'
