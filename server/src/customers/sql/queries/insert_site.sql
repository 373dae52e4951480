INSERT INTO sites (customer_id, dealer_id, division_code, street, lat_e6, lng_e6, approximate,
    floor, has_lift, access_notes, version, created_at, updated_at)
VALUES (:customer_id, :dealer_id, :division_code, :street, :lat_e6, :lng_e6, :approximate,
    :floor, :has_lift, :access_notes, 1, :at, :at2)
RETURNING id
