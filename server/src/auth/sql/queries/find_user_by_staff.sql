SELECT id, username, display_name, password_hash, staff_id, dealer_id, active, version,
       (SELECT group_concat(r.role, ',') FROM user_roles r WHERE r.user_id = users.id) AS roles
FROM users WHERE staff_id = :staff_id
