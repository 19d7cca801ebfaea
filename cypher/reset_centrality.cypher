MATCH (e:Entity) WHERE e.centrality <> 0.0
SET e.centrality = 0.0
