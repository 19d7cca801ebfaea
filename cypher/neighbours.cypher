// Entities one relation away from each of $ids ($types: all when empty; $direction out|in|both),
// $limit per id, in the neighbour order (centrality, name, id, relation, outgoing). A hub with
// ranked lists (rank_neighbours) covering every asked type and direction is read from them;
// any other entity by expanding its relations. One row: `rows`.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
OPTIONAL MATCH (top:RankedNeighbours {entity_id: key})
WHERE e.ranked AND top.type IN $types AND ($direction = 'both' OR top.direction = $direction)
WITH key, e, collect(top) AS tops
WITH key, e, tops,
     coalesce(e.ranked, false) AND size($types) > 0
       AND all(t IN tops WHERE t.complete OR size(t.ids) >= $limit) AS served
CALL (e, tops, served) {
  CALL (e, tops, served) {
    WITH e, tops WHERE served
    UNWIND tops AS top
    UNWIND top.ids[0..$limit] AS oid
    WITH DISTINCT e, oid
    MATCH (o:Entity {id: oid})-[r]-(e)
    RETURN o, r
    UNION ALL
    WITH e, served WHERE NOT served
    MATCH (e)-[r]-(o:Entity)
    RETURN o, r
  }
  WITH e, o, r
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e)
         OR ($direction = 'in' AND endNode(r) = e))
  RETURN o.id AS id, o.type AS type, o.name AS name,
         coalesce(o.centrality, 0.0) AS centrality, type(r) AS relation,
         startNode(r) = e AS outgoing
  ORDER BY centrality DESC, name, id, relation, outgoing DESC
  LIMIT $limit
}
RETURN collect({key: key, id: id, type: type, name: name, centrality: centrality,
                relation: relation, outgoing: outgoing}) AS rows
