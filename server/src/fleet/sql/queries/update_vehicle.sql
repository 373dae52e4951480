UPDATE vehicles
SET plate = :plate, model = :model, volume_l = :volume_l, payload_kg = :payload_kg,
    seats = :seats, status = :status, driver_staff_id = :driver_staff_id, version = version + 1,
    updated_at = :at
WHERE id = :id AND version = :version
