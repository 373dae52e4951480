SELECT customer_id, dealer_id, division_code FROM sites WHERE id = :id
