INSERT INTO training_records (staff_id, topic_id, trainer, training_date, result, notes, created_at)
VALUES (:staff_id, :topic_id, :trainer, :training_date, :result, :notes, :created_at)
RETURNING id
