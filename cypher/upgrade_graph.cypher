// Bring a graph written by an older chainkg to the current layout; idempotent, in batches.
// Version 2: each entity keeps its mention count (the sum of its MENTIONS counts) as e.mentions.
MATCH (e:Entity) WHERE e.mentions IS NULL
CALL (e) {
  OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Document)
  WITH e, coalesce(sum(m.count), 0) AS mentions
  SET e.mentions = mentions
} IN TRANSACTIONS OF 10000 ROWS;
MERGE (g:ChainkgGraph)
SET g.version = $version
