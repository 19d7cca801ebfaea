MATCH (n) WHERE n:Document OR n:Passage OR n:Entity OR n:Evidence OR n:Fact OR n:Alias
  OR n:RankedNeighbours
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
