UPDATE customers
SET kind = :kind, name = :name, phone = :phone, notes = :notes, version = version + 1,
    updated_at = :at
WHERE id = :id AND version = :version
