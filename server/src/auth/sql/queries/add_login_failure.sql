INSERT INTO login_failures (username, at, client_ip) VALUES (:username, :at, :client_ip) RETURNING id
