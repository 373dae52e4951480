UPDATE divisions SET active = 0 WHERE active = 1
