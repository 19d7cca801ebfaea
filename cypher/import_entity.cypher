// One row per statement (for comparison with the batched import): $row {id, type, name, props}
MERGE (e:Entity {id: $row.id})
  ON CREATE SET e.type = $row.type, e.name = $row.name, e.aliases = []
SET e += $row.props
SET e:$($row.type)
