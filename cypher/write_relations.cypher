// rows: {id, head_id, type, tail_id, props}, one row per relation id.
// An existing relation is looked up from its head and new ones are created: a MERGE between two
// nodes scans the uncommitted relationships of the dense end, quadratic in a large document.
UNWIND $rows AS row
MATCH (h:Entity {id: row.head_id}), (t:Entity {id: row.tail_id})
OPTIONAL CALL (h, row) {
  MATCH (h)-[r]->()
  WHERE r.id = row.id
  RETURN r
  LIMIT 1
}
FOREACH (_ IN CASE WHEN r IS NULL THEN [1] ELSE [] END |
  CREATE (h)-[n:$(row.type) {id: row.id}]->(t)
  SET n += row.props)
FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | SET r += row.props)
