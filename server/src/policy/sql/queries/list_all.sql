SELECT id, policy_key, value, unit, valid_from, set_by, reason
FROM policy_values
ORDER BY policy_key, valid_from DESC
