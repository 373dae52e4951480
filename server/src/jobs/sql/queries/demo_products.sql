SELECT id, pieces_per_unit, volume_l, weight_g, installers_needed FROM products WHERE active = 1 ORDER BY id
