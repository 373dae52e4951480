SELECT COUNT(*)
FROM sites
WHERE (:any_customer = 1 OR customer_id = :customer_id)
  AND (:any_dealer = 1 OR dealer_id = :dealer_id)
