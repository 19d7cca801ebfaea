CALL () {
  MATCH (:Document {id: $doc_id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id
  UNION
  MATCH (v:Evidence {doc_id: $doc_id})
  MATCH (h:Entity {id: v.head_id})-[r]->(t:Entity)
  WHERE r.id = v.relation_id
  UNWIND [h.id, t.id] AS id
  RETURN id
  UNION
  MATCH (f:Fact {doc_id: $doc_id}) RETURN f.subject_id AS id
}
RETURN id ORDER BY id
