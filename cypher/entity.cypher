// Entities by id: $ids, with their mention counts (kept on the entity). One row: `rows`.
UNWIND $ids AS key
MATCH (e:Entity {id: key}) USING INDEX e:Entity(id)
RETURN collect({e: e {.*}}) AS rows
