UPDATE sites
SET customer_id = :customer_id, dealer_id = :dealer_id, division_code = :division_code,
    street = :street, lat_e6 = :lat_e6, lng_e6 = :lng_e6, approximate = :approximate,
    floor = :floor, has_lift = :has_lift, access_notes = :access_notes, version = version + 1,
    updated_at = :at
WHERE id = :id AND version = :version
