SELECT model, name, pieces_per_unit, volume_l, weight_g, installers_needed, active
FROM products WHERE id = :id
