SELECT id FROM customer_contacts WHERE customer_id = :customer_id
