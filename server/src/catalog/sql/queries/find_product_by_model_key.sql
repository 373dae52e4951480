SELECT id, model, name, series, pieces_per_unit, volume_l, weight_g, install_minutes_per_unit, installers_needed, skill, active, version
FROM products WHERE model_key = :model_key
