SELECT division_code FROM jobs WHERE id = :id
