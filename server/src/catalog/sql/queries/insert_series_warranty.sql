INSERT INTO catalog_series_warranties (series, valid_from, months, content, reason, set_by_name,
    set_at)
VALUES (:series, :valid_from, :months, :content, :reason, :by_name, :set_at)
RETURNING id
