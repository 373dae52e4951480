INSERT INTO users (username, display_name, password_hash, staff_id, dealer_id, active, version, created_at)
VALUES (:username, :display_name, :password_hash, :staff_id, :dealer_id, 1, 1, :created_at)
RETURNING id
