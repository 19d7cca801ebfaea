// Relations touching each of $ids (of $types, all when empty; $direction out|in|both), each
// with all its evidence.
UNWIND $ids AS key
MATCH (e:Entity {id: key})-[r]-(o:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e)
       OR ($direction = 'in' AND endNode(r) = e))
WITH key, r, startNode(r) AS h, endNode(r) AS t
CALL (r) {
  OPTIONAL MATCH (v:Evidence {relation_id: r.id})
  OPTIONAL MATCH (d:Document {id: v.doc_id})
  WITH v, d ORDER BY v.doc_id, v.start, v.end
  RETURN collect(v {.*, doc_title: d.title}) AS evidence
}
RETURN key, r.id AS id, type(r) AS type, properties(r) AS props,
       h {.id, .type, .name} AS head, t {.id, .type, .name} AS tail, evidence
ORDER BY key, type, head.name, tail.name, id
