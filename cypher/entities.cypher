MATCH (e:Entity)
WHERE size($types) = 0 OR e.type IN $types
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
WITH e, coalesce(sum(m.count), 0) AS mentions
RETURN e {.*} AS e, mentions
ORDER BY e.type, e.name, e.id
