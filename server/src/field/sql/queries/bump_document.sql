UPDATE field_documents
SET current_version = :current_version, version = :version
WHERE id = :id AND version = :old_version
