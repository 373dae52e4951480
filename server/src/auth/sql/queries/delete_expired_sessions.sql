DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at < :idle_cutoff
