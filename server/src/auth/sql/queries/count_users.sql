SELECT COUNT(*) FROM users
WHERE (:any = 1 OR username LIKE :pattern ESCAPE '\' OR display_name LIKE :pattern2 ESCAPE '\')
