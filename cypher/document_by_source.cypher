MATCH (d:Document {source: $source})
RETURN d.id AS id, d.title AS title, d.source AS source, size(d.text) AS chars,
       d.ingested_at AS ingested_at, COUNT { (p:Passage {doc_id: d.id}) } AS passages
ORDER BY ingested_at, id
