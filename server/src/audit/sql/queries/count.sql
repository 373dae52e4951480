SELECT COUNT(*)
FROM audit_log a
WHERE (:entity_any = 1 OR a.entity = :entity)
  AND (:action_any = 1 OR a.action = :action)
  AND (:entity_id_any = 1 OR a.entity_id = :entity_id)
  AND (:user_any = 1 OR a.user_id = :user_id)
  AND a.at >= :from_at AND a.at < :to_at
  AND (a.restricted_to IS NULL OR instr(:allowed, ',' || a.restricted_to || ',') > 0)
