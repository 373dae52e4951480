UPDATE dealer_contacts SET position = :position, name = :name, phone = :phone, title = :title
WHERE id = :id AND dealer_id = :dealer_id
