// Entities by id: $ids; mentions summed over the documents that mention each.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
RETURN e {.*} AS e, coalesce(sum(m.count), 0) AS mentions
