SELECT product_id, pieces FROM field_record_counts WHERE record_id = :record_id
ORDER BY product_id
