MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
RETURN e {.*} AS e, coalesce(sum(m.count), 0) AS mentions
