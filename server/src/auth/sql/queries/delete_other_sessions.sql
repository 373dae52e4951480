DELETE FROM sessions WHERE user_id = :user_id AND token_hash <> :keep
