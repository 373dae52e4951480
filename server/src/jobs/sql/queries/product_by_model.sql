SELECT id FROM products WHERE model_key = :model_key
