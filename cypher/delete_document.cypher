// Remove a document's contributions, then what is left without support. One transaction.
MATCH (d:Document {id: $doc_id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT e) AS touched
CALL (d) { MATCH (p:Passage {doc_id: d.id}) DETACH DELETE p }
CALL (d) { MATCH (f:Fact {doc_id: d.id}) DELETE f }
CALL (d) {
  MATCH (v:Evidence {doc_id: d.id})
  WITH collect(DISTINCT [v.relation_id, v.head_id]) AS rels, collect(v) AS vs
  FOREACH (v IN vs | DELETE v)
  WITH rels
  UNWIND rels AS rel
  MATCH (a:Entity {id: rel[1]})-[r]->(b:Entity)
  WHERE r.id = rel[0] AND NOT EXISTS { MATCH (w:Evidence {relation_id: rel[0]}) }
  DELETE r
  WITH a, b
  UNWIND [a, b] AS x
  WITH DISTINCT x WHERE x.ranked
  REMOVE x.ranked
  WITH x
  MATCH (t:RankedNeighbours {entity_id: x.id})
  DELETE t
}
DETACH DELETE d
WITH touched
UNWIND touched AS e
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
  WITH e, reduce(acc = [], l IN collect(m.aliases) | acc + [a IN l WHERE NOT a IN acc]) AS aliases,
       coalesce(sum(m.count), 0) AS mentions
  SET e.aliases = aliases, e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a),
      e.mentions = mentions
  WITH e, aliases
  MATCH (al:Alias {entity_id: e.id})
  WHERE NOT al.name IN aliases
  DELETE al
}
WITH e
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Document) }
  AND NOT EXISTS { (e)-[]-(:Entity) }
  AND NOT EXISTS { MATCH (f:Fact {subject_id: e.id}) }
CALL (e) { MATCH (al:Alias {entity_id: e.id}) DELETE al }
DETACH DELETE e
RETURN count(*) AS removed
