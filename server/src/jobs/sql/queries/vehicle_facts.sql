SELECT plate, status, volume_l, payload_kg FROM vehicles WHERE id = :id
