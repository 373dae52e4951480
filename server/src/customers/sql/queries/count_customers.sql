SELECT COUNT(*) FROM customers
WHERE (:any_query = 1 OR name LIKE :pattern ESCAPE '\' OR phone LIKE :pattern2 ESCAPE '\'
       OR EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = customers.id
                  AND (k.name LIKE :pattern3 ESCAPE '\' OR k.phone LIKE :pattern4 ESCAPE '\')))
  AND (:any_kind = 1 OR kind = :kind)
