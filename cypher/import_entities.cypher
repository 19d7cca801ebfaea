// Structured import (no document): rows {id, type, name, props}
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.type = row.type, e.name = row.name, e.aliases = []
SET e += row.props
SET e:$(row.type)
