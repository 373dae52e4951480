j.division_code BETWEEN :division_low AND :division_high
