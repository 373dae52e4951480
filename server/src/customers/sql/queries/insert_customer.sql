INSERT INTO customers (kind, name, phone, notes, version, created_at, updated_at)
VALUES (:kind, :name, :phone, :notes, 1, :at, :at2)
RETURNING id
