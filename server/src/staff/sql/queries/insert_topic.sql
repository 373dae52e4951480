INSERT INTO training_topics (name, required) VALUES (:name, :required) RETURNING id
