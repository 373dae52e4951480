strpos(:statuses, ',' || j.status || ',') > 0
