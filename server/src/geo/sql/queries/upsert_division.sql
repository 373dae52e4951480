INSERT INTO divisions (code, parent_code, level, kind, name, lat_e6, lng_e6, approximate, active)
VALUES (:code, :parent_code, :level, :kind, :name, :lat_e6, :lng_e6, :approximate, 1)
ON CONFLICT (code) DO UPDATE SET
    parent_code = excluded.parent_code,
    level = excluded.level,
    kind = excluded.kind,
    name = excluded.name,
    lat_e6 = excluded.lat_e6,
    lng_e6 = excluded.lng_e6,
    approximate = excluded.approximate,
    active = 1
