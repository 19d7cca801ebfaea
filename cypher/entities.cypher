MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
RETURN e {.*} AS e
ORDER BY e.type, e.name, e.id
