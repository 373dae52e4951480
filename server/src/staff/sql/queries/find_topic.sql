SELECT id, name, required FROM training_topics WHERE id = :id
