-- Policy values of the planning assistant (R-DSP-4), and the units they need: minutes, km per
-- hour, per mille (a detour factor of 1.4 is 1400) and millionths of a degree (a point).
ALTER TABLE policy_values DROP CONSTRAINT policy_values_unit_check;
ALTER TABLE policy_values ADD CONSTRAINT policy_values_unit_check
    CHECK (unit IN ('months', 'persons', 'fen', 'minute_of_day', 'division_code', 'days', 'km', 'minutes', 'km_per_hour', 'permille', 'microdegrees'));

-- The planning assistant's numbers (R-DSP-4): the factory where routes start and end, straight
-- line × detour factor at an average speed inside and outside the city, the working day, the
-- overtime a route may run into, and the set-up time of every visit.
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('dispatch.depot_lat_e6', 36682000, 'microdegrees', '2000-01-01', 'system', '规划助手 工厂位置', '2000-01-01T00:00:00Z'),
    ('dispatch.depot_lng_e6', 117130000, 'microdegrees', '2000-01-01', 'system', '规划助手 工厂位置', '2000-01-01T00:00:00Z'),
    ('dispatch.city_radius_km', 25, 'km', '2000-01-01', 'system', '规划助手 市区范围', '2000-01-01T00:00:00Z'),
    ('dispatch.city_detour_permille', 1400, 'permille', '2000-01-01', 'system', '规划助手 市区绕行系数', '2000-01-01T00:00:00Z'),
    ('dispatch.city_speed_kmh', 30, 'km_per_hour', '2000-01-01', 'system', '规划助手 市区平均车速', '2000-01-01T00:00:00Z'),
    ('dispatch.outside_detour_permille', 1250, 'permille', '2000-01-01', 'system', '规划助手 市外绕行系数', '2000-01-01T00:00:00Z'),
    ('dispatch.outside_speed_kmh', 60, 'km_per_hour', '2000-01-01', 'system', '规划助手 市外平均车速', '2000-01-01T00:00:00Z'),
    ('dispatch.day_start_minute', 480, 'minute_of_day', '2000-01-01', 'system', '规划助手 上班时间', '2000-01-01T00:00:00Z'),
    ('dispatch.day_end_minute', 1050, 'minute_of_day', '2000-01-01', 'system', '规划助手 下班时间', '2000-01-01T00:00:00Z'),
    ('dispatch.overtime_max_minutes', 120, 'minutes', '2000-01-01', 'system', '规划助手 最长加班', '2000-01-01T00:00:00Z'),
    ('dispatch.setup_minutes', 15, 'minutes', '2000-01-01', 'system', '规划助手 每单准备时间', '2000-01-01T00:00:00Z');
