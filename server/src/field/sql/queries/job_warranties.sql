SELECT w.id, w.series, w.valid_from, w.months, w.content
FROM catalog_series_warranties w
WHERE w.series IN (
    SELECT p.series FROM job_items i JOIN products p ON p.id = i.product_id WHERE i.job_id = :job_id
)
ORDER BY w.series, w.valid_from
