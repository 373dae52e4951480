INSERT INTO field_record_counts (record_id, product_id, pieces)
VALUES (:record_id, :product_id, :pieces)
