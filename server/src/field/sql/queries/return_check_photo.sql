SELECT photo FROM field_return_checks WHERE id = :id
