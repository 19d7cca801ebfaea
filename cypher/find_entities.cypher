CALL () {
  MATCH (e:Entity) WHERE e.name = $name RETURN e
  UNION
  MATCH (a:Alias {name: $name})
  MATCH (e:Entity {id: a.entity_id})
  RETURN e
}
WITH e WHERE size($types) = 0 OR e.type IN $types
RETURN e {.*} AS e
ORDER BY e.name = $name DESC, e.type, e.id
