SELECT v.id, v.plate, v.model, v.volume_l, v.payload_kg, v.seats, v.status, v.driver_staff_id,
    s.name, v.version
FROM vehicles v LEFT JOIN staff s ON s.id = v.driver_staff_id WHERE v.plate = :plate
