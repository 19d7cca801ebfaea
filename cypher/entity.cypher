// Entities by id: $ids; mentions summed over the documents that mention each. One row: `rows`.
UNWIND $ids AS key
MATCH (e:Entity {id: key}) USING INDEX e:Entity(id)
OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
WITH e, coalesce(sum(m.count), 0) AS mentions
RETURN collect({e: e {.*}, mentions: mentions}) AS rows
