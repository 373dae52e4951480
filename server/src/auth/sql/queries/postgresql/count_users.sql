SELECT COUNT(*) FROM users
WHERE (:any = 1 OR username ILIKE :pattern ESCAPE '\' OR display_name ILIKE :pattern2 ESCAPE '\')
