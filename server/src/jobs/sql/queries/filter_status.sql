j.status = :status
