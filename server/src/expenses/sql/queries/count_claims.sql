SELECT COUNT(*) FROM expense_claims c
