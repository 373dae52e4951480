INSERT INTO field_record_checks (record_id, check_name) VALUES (:record_id, :check_name)
