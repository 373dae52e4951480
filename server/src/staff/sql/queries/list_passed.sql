SELECT DISTINCT staff_id, topic_id FROM training_records WHERE result = 'passed'
