-- Travel claims (R-EXP-1..7), a claim per person and trip or job, its lines with the claimed
-- amount, the allowed amount the engine computed, the rule and the policy values it used.

CREATE TABLE expense_claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    claimant_staff_id INTEGER NOT NULL REFERENCES staff (id),
    job_id INTEGER REFERENCES jobs (id),
    trip_log_id INTEGER REFERENCES trip_logs (id),
    division_code INTEGER NOT NULL,
    local INTEGER NOT NULL CHECK (local IN (0, 1)),
    place_class TEXT NOT NULL CHECK (place_class IN ('county_level', 'prefecture_level', 'other')),
    departure TEXT NOT NULL,
    return_at TEXT NOT NULL,
    times_from_trip_log INTEGER NOT NULL CHECK (times_from_trip_log IN (0, 1)),
    purpose TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'head_approved', 'paid', 'rejected')),
    reject_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL,
    CHECK (departure < return_at)
);
CREATE INDEX expense_claims_claimant ON expense_claims (claimant_staff_id, id);
CREATE INDEX expense_claims_status ON expense_claims (status, id);

CREATE TABLE expense_claim_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    claim_id INTEGER NOT NULL REFERENCES expense_claims (id),
    kind TEXT NOT NULL CHECK (kind IN ('fare', 'meal', 'lodging', 'phone')),
    line_date TEXT NOT NULL,
    claimed_fen INTEGER NOT NULL CHECK (claimed_fen > 0),
    fare_class TEXT NOT NULL CHECK (fare_class IN ('bus', 'train', 'sleeper', 'high_speed', 'taxi')),
    meal TEXT NOT NULL CHECK (meal IN ('breakfast', 'lunch', 'dinner')),
    diners TEXT NOT NULL,
    diner_count INTEGER NOT NULL CHECK (diner_count BETWEEN 0 AND 50),
    nights INTEGER NOT NULL CHECK (nights BETWEEN 1 AND 60),
    persons INTEGER NOT NULL CHECK (persons BETWEEN 1 AND 50),
    receipt INTEGER NOT NULL CHECK (receipt IN (0, 1)),
    leader_approval INTEGER NOT NULL CHECK (leader_approval IN (0, 1)),
    special_approval INTEGER NOT NULL CHECK (special_approval IN (0, 1)),
    allowed_fen INTEGER NOT NULL CHECK (allowed_fen >= 0),
    payable INTEGER NOT NULL CHECK (payable IN (0, 1)),
    rule TEXT NOT NULL CHECK (rule IN ('fare_at_cost', 'fare_approved', 'fare_needs_approval', 'meal_local_lunch', 'meal_local_dinner', 'meal_local_not_away', 'meal_local_no_breakfast', 'meal_local_no_trip_log', 'meal_out_of_town', 'meal_outside_trip', 'meal_diners_missing', 'meal_diners_count_mismatch', 'receipt_missing', 'lodging_standard', 'lodging_capped', 'lodging_special_approved', 'lodging_needs_application', 'phone_in_salary')),
    policy_used TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'rejected')),
    reject_reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX expense_claim_lines_claim ON expense_claim_lines (claim_id, id);

-- The meal periods and the end of the working day the allowances compare trip times with, and the
-- local dinner (the regulations name no amount; set to the out-of-town dinner until the head
-- decides otherwise).
INSERT INTO policy_values (policy_key, value, unit, valid_from, set_by, reason, created_at) VALUES
    ('expense.meal.jinan.dinner_fen', 1000, 'fen', '2000-01-01', 'system', '客服部管理制度 §三 (no amount given; as out-of-town dinner)', '2000-01-01T00:00:00Z'),
    ('expense.meal.breakfast_start_minute', 360, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.breakfast_end_minute', 540, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.lunch_start_minute', 690, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.lunch_end_minute', 810, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.dinner_start_minute', 1050, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.meal.dinner_end_minute', 1170, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z'),
    ('expense.workday_end_minute', 1050, 'minute_of_day', '2000-01-01', 'system', '客服部管理制度 §三', '2000-01-01T00:00:00Z');
