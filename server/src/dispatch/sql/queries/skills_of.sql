-- The distinct skills any of a crew holds (R-DSP-4). The people are one bind, their ids as text
-- between commas (",3,7,12,"), so a crew of any size is one query.
SELECT DISTINCT k.skill
FROM staff_skills k
WHERE instr(:people, ',' || k.staff_id || ',') > 0
ORDER BY k.skill
