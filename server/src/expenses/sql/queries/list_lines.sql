SELECT l.id, l.kind, l.line_date, l.claimed_fen, l.fare_class, l.meal, l.diners, l.diner_count,
       l.nights, l.persons, l.receipt, l.leader_approval, l.special_approval, l.allowed_fen,
       l.payable, l.rule, l.policy_used, l.status, l.reject_reason, l.note, l.approval_id, a.status
FROM expense_claim_lines l
LEFT JOIN approval_requests a ON a.id = l.approval_id
WHERE l.claim_id = :claim_id
ORDER BY l.id
