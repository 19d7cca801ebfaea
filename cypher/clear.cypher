// Remove everything, in batches: relationships first, so that deleting a hub (an industry with
// a million enterprises) does not put all its relationships in one transaction.
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) WHERE n:Document OR n:Passage OR n:Entity OR n:Evidence OR n:Fact OR n:Alias
  OR n:RankedNeighbours
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
