UPDATE customer_contacts SET position = :position, name = :name, phone = :phone, title = :title
WHERE id = :id AND customer_id = :customer_id
