UPDATE users SET password_hash = :password_hash, version = version + 1 WHERE id = :id
