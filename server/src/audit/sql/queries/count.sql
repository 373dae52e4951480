SELECT COUNT(*)
FROM audit_log
WHERE (:entity_any = 1 OR entity = :entity)
  AND (:entity_id_any = 1 OR entity_id = :entity_id)
  AND (:user_any = 1 OR user_id = :user_id)
  AND at >= :from_at AND at < :to_at
