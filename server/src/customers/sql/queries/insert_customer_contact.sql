INSERT INTO customer_contacts (customer_id, position, name, phone, title)
VALUES (:customer_id, :position, :name, :phone, :title)
