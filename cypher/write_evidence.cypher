// rows: {relation_id, head_id, doc_id, passage_id, start, end, sentence, confidence}, distinct.
// The document's older evidence was deleted in the same transaction, so every row is new (a
// MERGE here may be planned over the document's uncommitted evidence: quadratic).
UNWIND $rows AS row
CREATE (:Evidence {relation_id: row.relation_id, doc_id: row.doc_id, start: row.start,
                   end: row.end, head_id: row.head_id, passage_id: row.passage_id,
                   sentence: row.sentence, confidence: row.confidence})
