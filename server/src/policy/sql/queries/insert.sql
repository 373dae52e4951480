INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at)
VALUES (:key, :value, :unit, :valid_from, :set_by, :reason, :created_at)
RETURNING id
