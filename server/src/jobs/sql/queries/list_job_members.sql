SELECT c.staff_id, s.name FROM job_crew c JOIN staff s ON s.id = c.staff_id
WHERE c.job_id = :job_id AND c.role = 'member' ORDER BY c.staff_id
