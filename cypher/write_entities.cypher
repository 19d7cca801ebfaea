// rows: {id, type, name, props, aliases, count}; $doc_id: the document mentioning them.
// e.mentions keeps the sum of the MENTIONS counts, so that reads need not visit them.
// Aliases are also kept as (:Alias {name, entity_id}) nodes: an indexed way to find an entity
// by any of its names.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type, e.name = row.name, e.aliases = []
SET e += row.props
SET e:$(row.type)
WITH e, row
MATCH (d:Document {id: $doc_id})
CREATE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.aliases = row.aliases
SET e.mentions = coalesce(e.mentions, 0) + row.count
WITH e, row
SET e.aliases = [a IN e.aliases WHERE NOT a IN row.aliases] + row.aliases
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
FOREACH (a IN row.aliases | MERGE (:Alias {name: a, entity_id: e.id}))
