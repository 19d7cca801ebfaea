// Structured import: rows {id, head_id, type, tail_id, props}
UNWIND $rows AS row
MATCH (h:Entity {id: row.head_id}), (t:Entity {id: row.tail_id})
MERGE (h)-[r:$(row.type) {id: row.id}]->(t)
SET r += row.props
