SELECT a.id, a.at, a.user_id, a.username, u.display_name, a.entity, a.entity_id, a.action,
       a.before_json, a.after_json
FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
WHERE (:entity_any = 1 OR a.entity = :entity)
  AND (:action_any = 1 OR a.action = :action)
  AND (:entity_id_any = 1 OR a.entity_id = :entity_id)
  AND (:user_any = 1 OR a.user_id = :user_id)
  AND a.at >= :from_at AND a.at < :to_at
  AND (a.restricted_to IS NULL OR instr(:allowed, ',' || a.restricted_to || ',') > 0)
ORDER BY a.id DESC
LIMIT :limit OFFSET :offset
