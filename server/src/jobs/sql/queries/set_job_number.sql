UPDATE jobs SET number = :number WHERE id = :id
