INSERT INTO dealer_contacts (dealer_id, position, name, phone, title)
VALUES (:dealer_id, :position, :name, :phone, :title)
