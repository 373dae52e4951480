SELECT COUNT(*) FROM dealers WHERE (:any = 1 OR id = :id)
