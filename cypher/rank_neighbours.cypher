// Run after centrality is stored. For every entity with at least $dense relations (a hub: an
// industry, a large zone), the ids of its neighbours per relation type and direction, the first
// $keep in the neighbour order (centrality, name, id): the top neighbours of a hub are then read
// without sorting all of them. Writes that touch a hub drop its lists (unrank).
MATCH (e:Entity)
WHERE COUNT { (e)--() } >= $dense
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, o
  ORDER BY coalesce(o.centrality, 0.0) DESC, o.name, o.id
  WITH type, direction, collect(o.id) AS ids
  CREATE (:RankedNeighbours {entity_id: e.id, type: type, direction: direction,
                             ids: ids[0..$keep], complete: size(ids) <= $keep})
}
SET e.ranked = true
