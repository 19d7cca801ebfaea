// Drop the ranked neighbour lists of the entities $ids (all when $ids is null): a write changed
// their relations or a new ranking follows.
MATCH (t:RankedNeighbours)
WHERE $ids IS NULL OR t.entity_id IN $ids
WITH t, t.entity_id AS id
DELETE t
WITH DISTINCT id
MATCH (e:Entity {id: id})
REMOVE e.ranked
