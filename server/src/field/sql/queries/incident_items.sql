SELECT product_id, expected, counted FROM field_incident_items WHERE incident_id = :incident_id
ORDER BY product_id
