-- Jobs from intake to dispatch (R-JOB-1..5, R-DSP-1/2/5): the job with its items, its crew, the
-- recorded transitions of its life cycle, and the calls before arrival.
CREATE TABLE jobs (
    id BIGSERIAL PRIMARY KEY,
    number TEXT UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('installation', 'dealer_delivery', 'dealer_installation', 'after_sales', 'rework', 'other')),
    status TEXT NOT NULL CHECK (status IN ('new', 'scheduled', 'loading', 'en_route', 'on_site', 'installed', 'delivered', 'accepted', 'closed', 'rework_scheduled', 'returned_to_factory', 'cancelled')),
    customer_id BIGINT REFERENCES customers (id),
    dealer_id BIGINT REFERENCES dealers (id),
    site_id BIGINT NOT NULL REFERENCES sites (id),
    division_code INTEGER NOT NULL,
    contact_name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    requested_date TEXT NOT NULL,
    -- The job's day: scheduled when assigned, else requested (lists sort and filter by it).
    job_date TEXT NOT NULL,
    window_start INTEGER NOT NULL CHECK (window_start BETWEEN 0 AND 1440),
    window_end INTEGER NOT NULL CHECK (window_end BETWEEN 0 AND 1440),
    priority TEXT NOT NULL CHECK (priority IN ('normal', 'urgent')),
    source_document TEXT NOT NULL,
    notes TEXT NOT NULL,
    raised_by_user_id BIGINT REFERENCES users (id),
    raised_by_name TEXT NOT NULL,
    original_job_id BIGINT REFERENCES jobs (id),
    crew_requested INTEGER CHECK (crew_requested BETWEEN 1 AND 50),
    crew_needed INTEGER NOT NULL CHECK (crew_needed BETWEEN 1 AND 50),
    crew_approval TEXT NOT NULL CHECK (crew_approval IN ('not_needed', 'pending', 'approved', 'rejected')),
    approval_id BIGINT REFERENCES approval_requests (id),
    scheduled_date TEXT,
    scheduled_start INTEGER,
    scheduled_end INTEGER,
    lead_staff_id BIGINT REFERENCES staff (id),
    vehicle_id BIGINT REFERENCES vehicles (id),
    driver_staff_id BIGINT REFERENCES staff (id),
    crew_size INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NOT NULL DEFAULT '',
    total_pieces INTEGER NOT NULL,
    total_volume_l BIGINT NOT NULL,
    total_weight_g BIGINT NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version INTEGER NOT NULL,
    CHECK (window_start < window_end),
    CHECK ((scheduled_date IS NULL) = (lead_staff_id IS NULL)),
    CHECK (kind <> 'rework' OR original_job_id IS NOT NULL)
);
CREATE INDEX jobs_status_date ON jobs (status, job_date, id);
CREATE INDEX jobs_date ON jobs (job_date, id);
CREATE INDEX jobs_scheduled ON jobs (scheduled_date, status);
CREATE INDEX jobs_dealer ON jobs (dealer_id, job_date);
CREATE INDEX jobs_raised_by ON jobs (raised_by_user_id, job_date);
CREATE INDEX jobs_division ON jobs (division_code, job_date);
CREATE INDEX jobs_vehicle_day ON jobs (vehicle_id, scheduled_date);

CREATE TABLE job_items (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    pieces INTEGER NOT NULL CHECK (pieces BETWEEN 0 AND 1000000)
);
CREATE INDEX job_items_job ON job_items (job_id);

-- Everyone on the job: the lead, the members and the driver (R-DSP-1).
CREATE TABLE job_crew (
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'member', 'driver')),
    scheduled_date TEXT NOT NULL,
    PRIMARY KEY (job_id, staff_id)
);
CREATE INDEX job_crew_staff_day ON job_crew (staff_id, scheduled_date);

CREATE TABLE job_transitions (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('schedule', 'unschedule', 'start_loading', 'depart', 'arrive', 'finish_installation', 'finish_delivery', 'accept', 'close', 'schedule_rework', 'return_to_factory', 'cancel')),
    at timestamptz NOT NULL,
    by_user_id BIGINT REFERENCES users (id),
    by_name TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX job_transitions_job ON job_transitions (job_id, id);

CREATE TABLE job_calls (
    id BIGSERIAL PRIMARY KEY,
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    kind TEXT NOT NULL CHECK (kind IN ('eta', 'address')),
    at timestamptz NOT NULL,
    by_user_id BIGINT REFERENCES users (id),
    by_name TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'no_answer', 'confirmed', 'changed')),
    new_eta timestamptz,
    note TEXT NOT NULL
);
CREATE INDEX job_calls_job ON job_calls (job_id, kind);
