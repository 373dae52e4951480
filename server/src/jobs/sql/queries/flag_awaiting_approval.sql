j.crew_approval = 'pending'
