SELECT vehicle_id, MAX(odometer_in_km)
FROM trip_logs
GROUP BY vehicle_id
