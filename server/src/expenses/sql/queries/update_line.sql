UPDATE expense_claim_lines
SET status = :status, reject_reason = :reject_reason, receipt = :receipt,
    leader_approval = :leader_approval, special_approval = :special_approval,
    allowed_fen = :allowed_fen, payable = :payable, rule = :rule, policy_used = :policy_used,
    approval_id = :approval_id
WHERE id = :id AND claim_id = :claim_id
