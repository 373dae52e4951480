DELETE FROM customer_contacts WHERE id = :id AND customer_id = :customer_id
