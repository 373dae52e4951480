INSERT INTO dealers (name, contact, phone, city, created_at)
VALUES (:name, :contact, :phone, :city, :created_at)
RETURNING id
