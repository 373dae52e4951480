-- The ids of one page of the job list (then WHERE with the filter_*.sql predicates in use joined
-- by AND, then order_jobs.sql, then list_jobs.sql). Sorting and cutting on ids alone lets an
-- index answer; joining every matching row first cost seconds on a million jobs (bench/jobs).
WITH page_ids AS (SELECT j.id FROM jobs j