SELECT id, username, display_name, password_hash, staff_id, dealer_id, active, version
FROM users WHERE username = :username
