UPDATE divisions SET active = 0 WHERE code = :code
