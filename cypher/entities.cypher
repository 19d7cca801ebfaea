MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
WITH e, coalesce(e.mentions, 0) AS mentions
RETURN e {.*} AS e, mentions
ORDER BY e.type, e.name, e.id
