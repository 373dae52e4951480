SELECT value FROM policy_values
WHERE policy_key = :key AND valid_from <= :on
ORDER BY valid_from DESC
LIMIT 1
