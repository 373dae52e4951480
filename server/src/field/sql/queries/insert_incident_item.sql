INSERT INTO field_incident_items (incident_id, product_id, expected, counted)
VALUES (:incident_id, :product_id, :expected, :counted)
