SELECT id, customer_id, dealer_id, division_code, street, lat_e6, lng_e6, approximate, floor, has_lift, access_notes, version
FROM sites WHERE id = :id
