(j.number LIKE :pattern ESCAPE '\' OR j.contact_name LIKE :pattern2 ESCAPE '\'
     OR j.contact_phone LIKE :pattern3 ESCAPE '\')
