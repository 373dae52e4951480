SELECT COUNT(*) FROM login_failures WHERE username = :username AND at >= :since
