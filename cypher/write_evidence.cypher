// rows: {relation_id, head_id, doc_id, passage_id, start, end, sentence, confidence}
UNWIND $rows AS row
MERGE (v:Evidence {relation_id: row.relation_id, doc_id: row.doc_id, start: row.start,
                   end: row.end})
SET v.head_id = row.head_id, v.passage_id = row.passage_id, v.sentence = row.sentence,
    v.confidence = row.confidence
