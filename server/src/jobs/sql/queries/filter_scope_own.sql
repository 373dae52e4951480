(j.raised_by_user_id = :scope_user
     OR EXISTS (SELECT 1 FROM job_crew c WHERE c.job_id = j.id AND c.staff_id = :scope_staff))
