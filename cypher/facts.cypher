// Stated counts and amounts about each of $ids, in document order.
UNWIND $ids AS key
MATCH (f:Fact {subject_id: key})
OPTIONAL MATCH (d:Document {id: f.doc_id})
RETURN key, f {.*, doc_title: d.title} AS f
ORDER BY key, f.doc_id, f.start
