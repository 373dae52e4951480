INSERT INTO trip_logs (vehicle_id, driver_staff_id, departed_at, returned_at, odometer_out_km,
    odometer_in_km, destinations, purpose, fuel_cl, fuel_fen, toll_fen, parking_fen,
    created_by_user_id, created_by_name, created_at, updated_at, version)
VALUES (:vehicle_id, :driver_staff_id, :departed_at, :returned_at, :km_out, :km_in,
    :destinations, :purpose, :fuel_cl, :fuel_fen, :toll_fen, :parking_fen, :user_id, :by_name,
    :at, :at2, 1)
RETURNING id
