SELECT role FROM user_roles WHERE user_id = :user_id
