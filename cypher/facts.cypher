MATCH (f:Fact {subject_id: $id})
OPTIONAL MATCH (d:Document {id: f.doc_id})
RETURN f {.*, doc_title: d.title} AS f
ORDER BY f.doc_id, f.start
