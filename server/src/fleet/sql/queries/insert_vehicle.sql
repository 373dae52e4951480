INSERT INTO vehicles (plate, model, volume_l, payload_kg, seats, status, driver_staff_id, version,
    created_at, updated_at)
VALUES (:plate, :model, :volume_l, :payload_kg, :seats, :status, :driver_staff_id, 1, :at, :at2)
RETURNING id
