INSERT INTO audit_log (at, user_id, username, entity, entity_id, action, before_json, after_json,
                       restricted_to)
VALUES (:at, :user_id, :username, :entity, :entity_id, :action, :before_json, :after_json,
        :restricted_to)
