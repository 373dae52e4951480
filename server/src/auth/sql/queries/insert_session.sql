INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
VALUES (:token_hash, :user_id, :csrf_token, :created_at, :last_seen_at, :expires_at)
