SELECT check_name FROM field_record_checks WHERE record_id = :record_id ORDER BY check_name
