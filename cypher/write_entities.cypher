// rows: {id, type, name, props, aliases, count}; $doc_id: the document mentioning them
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type, e.name = row.name, e.aliases = []
SET e += row.props
SET e:$(row.type)
WITH e, row
MATCH (d:Document {id: $doc_id})
MERGE (d)-[m:MENTIONS]->(e)
SET m.count = row.count, m.aliases = row.aliases
WITH e, row
SET e.aliases = [a IN e.aliases WHERE NOT a IN row.aliases] + row.aliases
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
