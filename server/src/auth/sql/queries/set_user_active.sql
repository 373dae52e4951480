UPDATE users SET active = :active WHERE id = :id
