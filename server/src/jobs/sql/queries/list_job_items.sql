SELECT i.product_id, p.model, p.name, i.quantity, i.pieces
FROM job_items i JOIN products p ON p.id = i.product_id
WHERE i.job_id = :job_id
ORDER BY i.id
