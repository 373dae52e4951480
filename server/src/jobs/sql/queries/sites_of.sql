SELECT id, street FROM sites
WHERE (:customer_id >= 0 AND customer_id = :customer_id2) OR (:dealer_id >= 0 AND dealer_id = :dealer_id2)
ORDER BY id
