SELECT u.id, u.display_name, u.dealer_id FROM users u JOIN user_roles r ON r.user_id = u.id
WHERE r.role IN ('sales', 'dealer', 'clerk') AND u.active = 1 ORDER BY u.id
