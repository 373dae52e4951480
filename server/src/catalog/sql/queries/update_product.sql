UPDATE products
SET model = :model, model_key = :model_key, name = :name, series = :series,
    pieces_per_unit = :pieces_per_unit, volume_l = :volume_l, weight_g = :weight_g,
    install_minutes_per_unit = :install_minutes_per_unit, installers_needed = :installers_needed,
    skill = :skill, active = :active, version = version + 1, updated_at = :at
WHERE id = :id AND version = :version
