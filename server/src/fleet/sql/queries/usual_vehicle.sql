SELECT id, plate FROM vehicles
WHERE driver_staff_id = :staff_id AND status <> 'retired'
ORDER BY id
LIMIT 1
