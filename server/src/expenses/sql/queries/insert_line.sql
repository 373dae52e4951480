INSERT INTO expense_claim_lines (claim_id, kind, line_date, claimed_fen, fare_class, meal, diners,
    diner_count, nights, persons, receipt, leader_approval, special_approval, allowed_fen, payable,
    rule, policy_used, status, reject_reason, note)
VALUES (:claim_id, :kind, :line_date, :claimed_fen, :fare_class, :meal, :diners, :diner_count,
    :nights, :persons, :receipt, :leader_approval, :special_approval, :allowed_fen, :payable, :rule,
    :policy_used, :status, :reject_reason, :note)
