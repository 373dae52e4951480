SELECT id, customer_id, dealer_id, division_code FROM sites ORDER BY id
