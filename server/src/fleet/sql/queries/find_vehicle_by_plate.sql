SELECT id, plate, model, volume_l, payload_kg, seats, status, driver_staff_id, version
FROM vehicles WHERE plate = :plate
