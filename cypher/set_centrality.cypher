// rows: {id, score}; every other entity's centrality is reset first (reset_centrality).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.centrality = row.score
