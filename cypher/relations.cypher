// Relations touching each of $ids (of $types, all when empty; $direction out|in|both; with
// $among, only those whose other end is one of its ids), each with all its evidence, as one
// row: `rows` in order (key, type, head, tail, id) and the `titles` of the documents the
// evidence cites ([doc_id, title] pairs). The index hints keep the plan a seek per id whatever
// the statistics, also when the query runs inside a statement asking several reads together.
UNWIND $ids AS key
MATCH (e:Entity {id: key})-[r]-(o:Entity) USING INDEX e:Entity(id)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e)
       OR ($direction = 'in' AND endNode(r) = e))
  AND ($among IS NULL OR o.id IN $among)
WITH key, r, startNode(r) AS h, endNode(r) AS t
OPTIONAL MATCH (v:Evidence {relation_id: r.id}) USING INDEX v:Evidence(relation_id)
WITH key, r, h, t, collect(v {.*}) AS evidence
ORDER BY key, type(r), h.name, t.name, r.id
WITH collect({key: key, id: r.id, type: type(r), props: properties(r),
              head: h {.id, .type, .name}, tail: t {.id, .type, .name},
              evidence: evidence}) AS rows
CALL (rows) {
  UNWIND rows AS row
  UNWIND row.evidence AS v
  WITH DISTINCT v.doc_id AS doc
  MATCH (d:Document {id: doc})
  RETURN collect([doc, d.title]) AS titles
}
RETURN rows, titles
