// Entities one relation away from each of $ids ($types: all when empty; $direction out|in|both),
// $limit per id, in the neighbour order (centrality, name, id, relation, outgoing). A hub with
// ranked lists (rank_neighbours) covering every asked type and direction is read from them,
// only the pages the limit needs (lists of an older format, without `kept`, are not used); any
// other entity by expanding its relations. One row: `rows`.
UNWIND $ids AS key
MATCH (e:Entity {id: key}) USING INDEX e:Entity(id)
OPTIONAL MATCH (top:RankedNeighbours {entity_id: key})
WHERE e.ranked AND top.type IN $types AND ($direction = 'both' OR top.direction = $direction)
  AND top.start < $limit
WITH key, e, collect(top) AS tops
WITH key, e, tops,
     coalesce(e.ranked, false) AND size($types) > 0
       AND all(t IN tops WHERE t.kept IS NOT NULL AND (t.complete OR t.kept >= $limit))
       AS served
CALL (e, tops, served) {
  CALL (e, tops, served) {
    WITH tops WHERE served
    UNWIND tops AS top
    UNWIND range(0, size(top.ids) - 1) AS i
    WITH top, i WHERE top.start + i < $limit
    RETURN top.ids[i] AS id, top.types[i] AS type, top.names[i] AS name,
           top.centralities[i] AS centrality, top.type AS relation,
           top.direction = 'out' AS outgoing
    UNION ALL
    WITH e, served WHERE NOT served
    MATCH (e)-[r]-(o:Entity)
    WHERE (size($types) = 0 OR type(r) IN $types)
      AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e)
           OR ($direction = 'in' AND endNode(r) = e))
    RETURN o.id AS id, o.type AS type, o.name AS name,
           coalesce(o.centrality, 0.0) AS centrality, type(r) AS relation,
           startNode(r) = e AS outgoing
  }
  RETURN id, type, name, centrality, relation, outgoing
  ORDER BY centrality DESC, name, id, relation, outgoing DESC
  LIMIT $limit
}
RETURN collect({key: key, id: id, type: type, name: name, centrality: centrality,
                relation: relation, outgoing: outgoing}) AS rows
