INSERT INTO reference_data (dataset, version, source, row_count, loaded_at)
VALUES ('divisions', :version, :source, :row_count, :loaded_at)
ON CONFLICT (dataset) DO UPDATE SET
    version = excluded.version,
    source = excluded.source,
    row_count = excluded.row_count,
    loaded_at = excluded.loaded_at
