UPDATE dealers SET version = version + 1 WHERE id = :id AND version = :version
