INSERT INTO field_document_versions (document_id, version, record_id, fingerprint, signer_name,
    signed_at, method, image_type, image, counts, note, reason, content_hash,
    recorded_by_user_id, recorded_by_name, received_at)
VALUES (:document_id, :version, :record_id, :fingerprint, :signer_name, :signed_at, :method,
    :image_type, :image, :counts, :note, :reason, :content_hash, :user_id, :by_name,
    :received_at)
