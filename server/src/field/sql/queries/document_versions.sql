SELECT v.version, v.record_id, v.fingerprint, v.signer_name, v.signed_at, v.method,
    v.image_type, CASE WHEN :with_images = 1 THEN v.image ELSE '' END, v.counts, v.note,
    v.reason, v.content_hash, COALESCE(v.recorded_by_user_id, 0), v.recorded_by_name,
    v.received_at
FROM field_document_versions v
WHERE v.document_id = :document_id
ORDER BY v.version
