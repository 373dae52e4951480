-- Skills of staff (R-DSP-4): lower-case keys such as electric_desk, the same keys products name in
-- products.skill, so the planning assistant gives a skilled job to a crew where someone holds it.
CREATE TABLE staff_skills (
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    skill TEXT NOT NULL CHECK (length(skill) BETWEEN 1 AND 50 AND skill ~ '^[a-z][a-z0-9_]*$'),
    PRIMARY KEY (staff_id, skill)
);
