SELECT id, username, display_name, password_hash, staff_id, dealer_id, active, version,
       (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_roles r WHERE r.user_id = users.id) AS roles
FROM users WHERE staff_id = :staff_id
