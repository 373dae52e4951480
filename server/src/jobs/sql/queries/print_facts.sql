-- The names and the address a printed job shows (street and access of the site, its county-level
-- division with the city and province above it, and the name of the customer or the dealer).
SELECT s.street, s.floor, s.has_lift, s.access_notes, d3.name, d2.name, d1.name, c.name, dl.name
FROM sites s
JOIN divisions d3 ON d3.code = s.division_code
LEFT JOIN divisions d2 ON d2.code = d3.parent_code
LEFT JOIN divisions d1 ON d1.code = d2.parent_code
LEFT JOIN customers c ON c.id = s.customer_id
LEFT JOIN dealers dl ON dl.id = s.dealer_id
WHERE s.id = :site_id
