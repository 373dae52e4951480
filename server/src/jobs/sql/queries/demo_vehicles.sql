SELECT id, volume_l, payload_kg FROM vehicles WHERE status = 'in_service' ORDER BY id
