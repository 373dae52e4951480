INSERT INTO field_photos (record_id, job_id, step, fingerprint, content, width, height,
    size_bytes, recorded_by_user_id, recorded_by_name, received_at)
VALUES (:record_id, :job_id, :step, :fingerprint, :content, :width, :height, :size_bytes,
    :user_id, :by_name, :received_at)
RETURNING id
