// $doc: {id, title, source, text, meta, ingested_at}
MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.source = $doc.source, d.text = $doc.text, d.meta = $doc.meta,
    d.ingested_at = $doc.ingested_at
