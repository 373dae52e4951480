SELECT id FROM dealer_contacts WHERE dealer_id = :dealer_id
