j.dealer_id = :dealer
