SELECT id, series, valid_from, months, content, reason, set_by_name, set_at
FROM catalog_series_warranties
ORDER BY series, valid_from DESC
