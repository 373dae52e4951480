SELECT id, customer_id, dealer_id, division_code, street, lat_e6, lng_e6, approximate, floor, has_lift, access_notes, version
FROM sites
WHERE (:any_customer = 1 OR customer_id = :customer_id)
  AND (:any_dealer = 1 OR dealer_id = :dealer_id)
ORDER BY id DESC
LIMIT :limit OFFSET :offset
