// Stated counts and amounts about each of $ids, in document order. One row: `rows`.
UNWIND $ids AS key
MATCH (f:Fact {subject_id: key}) USING INDEX f:Fact(subject_id)
OPTIONAL MATCH (d:Document {id: f.doc_id})
WITH key, f, d ORDER BY key, f.doc_id, f.start
RETURN collect({key: key, f: f {.*, doc_title: d.title}}) AS rows
