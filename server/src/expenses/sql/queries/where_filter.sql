WHERE (:claimant_any = 1 OR c.claimant_staff_id = :claimant)
  AND (:status_any = 1 OR c.status = :status)
