SELECT DISTINCT series FROM products WHERE series <> '' ORDER BY series
