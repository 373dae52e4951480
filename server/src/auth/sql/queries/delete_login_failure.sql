DELETE FROM login_failures WHERE id = :id
