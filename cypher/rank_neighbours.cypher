// Run after centrality is stored. For every entity with at least $dense relations (a hub: an
// industry, a large zone), its neighbours per relation type and direction, the first $keep in
// the neighbour order (centrality, name, id), with what an answer shows of each (id, name, type,
// centrality), in pages of $page from `start`: the top neighbours of a hub are then read from a
// page or two, without sorting or even visiting them. Writes that touch a hub drop its lists
// (unrank); a neighbour's name and type never change and its centrality only with a new
// ranking, so the copies stay true.
MATCH (e:Entity)
WHERE COUNT { (e)--() } >= $dense
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WITH type(r) AS type, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, o
  ORDER BY coalesce(o.centrality, 0.0) DESC, o.name, o.id
  WITH type, direction, collect(o) AS found
  WITH type, direction, found[0..$keep] AS top, size(found) AS total
  UNWIND range(0, size(top) - 1, $page) AS start
  WITH type, direction, top[start..start + $page] AS part, start, size(top) AS kept, total
  CREATE (:RankedNeighbours {entity_id: e.id, type: type, direction: direction, start: start,
                             ids: [o IN part | o.id], names: [o IN part | o.name],
                             types: [o IN part | o.type],
                             centralities: [o IN part | coalesce(o.centrality, 0.0)],
                             kept: kept, complete: total <= $keep})
}
SET e.ranked = true
