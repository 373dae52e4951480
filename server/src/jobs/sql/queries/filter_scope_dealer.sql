j.dealer_id = :scope_dealer
