UPDATE trip_logs
SET vehicle_id = :vehicle_id, driver_staff_id = :driver_staff_id, departed_at = :departed_at,
    returned_at = :returned_at, odometer_out_km = :km_out, odometer_in_km = :km_in,
    destinations = :destinations, purpose = :purpose, fuel_cl = :fuel_cl, fuel_fen = :fuel_fen,
    toll_fen = :toll_fen, parking_fen = :parking_fen, updated_at = :at, version = version + 1
WHERE id = :id AND version = :version
