UNWIND $rows AS row
MERGE (p:Passage {id: row.id})
SET p.doc_id = row.doc_id, p.ordinal = row.ordinal, p.text = row.text, p.start = row.start,
    p.end = row.end, p.original = row.original
