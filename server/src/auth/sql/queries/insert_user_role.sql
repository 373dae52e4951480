INSERT INTO user_roles (user_id, role) VALUES (:user_id, :role)
