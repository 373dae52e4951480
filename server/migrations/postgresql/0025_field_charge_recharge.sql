-- A withdrawn charge no longer blocks a new one (issue 10, R-FLD-9): the head who charged the
-- right person the wrong amount withdraws it and charges again. Each person still has at most one
-- standing charge per check, now a partial unique index.
ALTER TABLE field_charges DROP CONSTRAINT field_charges_check_id_staff_id_key;
CREATE UNIQUE INDEX field_charges_standing ON field_charges (check_id, staff_id)
    WHERE withdrawn_at IS NULL;
