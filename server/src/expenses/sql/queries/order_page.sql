ORDER BY c.id DESC
LIMIT :limit OFFSET :offset
