// Entities one relation away from each of $ids, $limit per id, highest centrality first.
UNWIND $ids AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e)
         OR ($direction = 'in' AND endNode(r) = e))
  RETURN o.id AS id, o.type AS type, o.name AS name,
         coalesce(o.centrality, 0.0) AS centrality, type(r) AS relation,
         startNode(r) = e AS outgoing
  ORDER BY centrality DESC, name, id, relation, outgoing DESC
  LIMIT $limit
}
RETURN key, id, type, name, centrality, relation, outgoing
