INSERT INTO products (model, model_key, name, series, pieces_per_unit, volume_l, weight_g,
    install_minutes_per_unit, installers_needed, skill, active, version, created_at, updated_at)
VALUES (:model, :model_key, :name, :series, :pieces_per_unit, :volume_l, :weight_g,
    :install_minutes_per_unit, :installers_needed, :skill, :active, 1, :at, :at2)
RETURNING id
