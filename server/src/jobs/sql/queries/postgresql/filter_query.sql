(j.number ILIKE :pattern ESCAPE '\' OR j.contact_name ILIKE :pattern2 ESCAPE '\'
     OR j.contact_phone ILIKE :pattern3 ESCAPE '\')
