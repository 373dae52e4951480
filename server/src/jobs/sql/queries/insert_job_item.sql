INSERT INTO job_items (job_id, product_id, quantity, pieces) VALUES (:job_id, :product_id, :quantity, :pieces)
