instr(:statuses, ',' || j.status || ',') > 0
