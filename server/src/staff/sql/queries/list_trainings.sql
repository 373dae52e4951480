SELECT r.id, r.staff_id, r.topic_id, t.name, r.trainer, r.training_date, r.result, r.notes
FROM training_records r JOIN training_topics t ON t.id = r.topic_id
WHERE r.staff_id = :staff_id
ORDER BY r.training_date DESC, r.id DESC
