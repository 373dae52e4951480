SELECT COUNT(*) FROM customers
WHERE (:any_query = 1 OR name ILIKE :pattern ESCAPE '\' OR phone ILIKE :pattern2 ESCAPE '\'
       OR EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = customers.id
                  AND (k.name ILIKE :pattern3 ESCAPE '\' OR k.phone ILIKE :pattern4 ESCAPE '\')))
  AND (:any_kind = 1 OR kind = :kind)
