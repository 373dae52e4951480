SELECT j.id, j.number, j.kind, j.status, COALESCE(d.kind, '')
FROM jobs j
LEFT JOIN field_documents d ON d.job_id = j.id
WHERE j.status IN ('installed', 'delivered', 'accepted')
ORDER BY j.id
LIMIT :limit
