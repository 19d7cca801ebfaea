// Entities whose id, name or alias is one of $keys, of one of $types (all when empty).
// One row: `rows` in order (type, name, id).
CALL () {
  UNWIND $keys AS key
  MATCH (e:Entity {id: key}) USING INDEX e:Entity(id) RETURN e
  UNION
  UNWIND $keys AS key
  MATCH (e:Entity) WHERE e.name = key RETURN e
  UNION
  UNWIND $keys AS key
  MATCH (a:Alias {name: key})
  MATCH (e:Entity {id: a.entity_id}) USING INDEX e:Entity(id)
  RETURN e
}
WITH e WHERE size($types) = 0 OR e.type IN $types
ORDER BY e.type, e.name, e.id
RETURN collect({e: e {.*}}) AS rows
