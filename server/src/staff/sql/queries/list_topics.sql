SELECT id, name, required FROM training_topics ORDER BY id
