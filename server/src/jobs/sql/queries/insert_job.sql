INSERT INTO jobs (kind, status, customer_id, dealer_id, site_id, division_code, contact_name,
    contact_phone, requested_date, job_date, window_start, window_end, priority, source_document, notes,
    raised_by_user_id, raised_by_name, original_job_id, crew_requested, crew_needed,
    crew_approval, total_pieces, total_volume_l, total_weight_g, created_at, updated_at, version)
VALUES (:kind, 'new', :customer_id, :dealer_id, :site_id, :division_code, :contact_name,
    :contact_phone, :requested_date, :job_date, :window_start, :window_end, :priority, :source_document,
    :notes, :raised_by, :raised_by_name, :original_job_id, :crew_requested, :crew_needed,
    'not_needed', :total_pieces, :total_volume_l, :total_weight_g, :created_at, :updated_at, 1)
RETURNING id
