-- What a crew vehicle carries, and whether it is in service.
SELECT volume_l, payload_kg, status FROM vehicles WHERE id = :id
