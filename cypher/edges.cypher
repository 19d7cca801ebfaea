MATCH (h:Entity)-[r]->(t:Entity)
WHERE size($types) = 0 OR type(r) IN $types
RETURN h.id AS head, type(r) AS type, t.id AS tail
ORDER BY r.id
