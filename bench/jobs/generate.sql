-- A million jobs on top of the demo department (bench/jobs/run.sh replaces @COUNT@): every kind
-- and state, spread over three years of days and the demo's sites, each with one item. Plain
-- SQL, so it takes seconds rather than the hours the API would.
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
CREATE TEMP TABLE bench_sites AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, customer_id, dealer_id, division_code
    FROM sites;
CREATE INDEX temp.bench_sites_k ON bench_sites (k);
CREATE TEMP TABLE bench_products AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, pieces_per_unit, volume_l, weight_g
    FROM products WHERE active = 1;
CREATE INDEX temp.bench_products_k ON bench_products (k);
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @COUNT@)
INSERT INTO jobs (number, kind, status, customer_id, dealer_id, site_id, division_code,
                  contact_name, contact_phone, requested_date, job_date, window_start, window_end,
                  priority, source_document, notes, raised_by_user_id, raised_by_name,
                  original_job_id, crew_requested, crew_needed, crew_approval, approval_id,
                  scheduled_date, scheduled_start, scheduled_end, lead_staff_id, vehicle_id,
                  driver_staff_id, crew_size, cancel_reason, total_pieces, total_volume_l,
                  total_weight_g, created_at, updated_at, version)
SELECT 'BJ-' || n.i,
       CASE WHEN s.dealer_id IS NOT NULL THEN 'dealer_delivery'
            WHEN n.i % 7 = 0 THEN 'after_sales' ELSE 'installation' END,
       CASE n.i % 20 WHEN 0 THEN 'new' WHEN 1 THEN 'cancelled' WHEN 2 THEN 'accepted'
                     WHEN 3 THEN 'scheduled' ELSE 'closed' END,
       CASE WHEN s.dealer_id IS NULL THEN s.customer_id END, s.dealer_id, s.id, s.division_code,
       '压测联系人', '13800000000',
       date('2024-01-01', '+' || (n.i % 1100) || ' days'),
       date('2024-01-01', '+' || (n.i % 1100) || ' days'),
       540, 720, 'normal', 'BJ', '', NULL, '压测', NULL, NULL, 2,
       'not_needed', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, '',
       p.pieces_per_unit * 2, p.volume_l * 2, p.weight_g * 2,
       '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 1
FROM n
JOIN bench_sites s ON s.k = n.i % (SELECT COUNT(*) FROM bench_sites)
JOIN bench_products p ON p.k = n.i % (SELECT COUNT(*) FROM bench_products);
INSERT INTO job_items (job_id, product_id, quantity, pieces)
SELECT j.id, p.id, 2, j.total_pieces
FROM jobs j JOIN bench_products p ON p.k = j.id % (SELECT COUNT(*) FROM bench_products)
WHERE j.number LIKE 'BJ-%';
COMMIT;
ANALYZE;
