INSERT INTO audit_log (at, user_id, username, entity, entity_id, action, before_json, after_json)
VALUES (:at, :user_id, :username, :entity, :entity_id, :action, :before_json, :after_json)
