DELETE FROM dealer_contacts WHERE id = :id AND dealer_id = :dealer_id
