// Relations (of $types, all when empty) between one of $ids and one of $others, either way.
// One row: `rows` of [key, type, other].
UNWIND $ids AS key
MATCH (e:Entity {id: key})-[r]-(o:Entity) USING INDEX e:Entity(id)
WHERE o.id IN $others AND (size($types) = 0 OR type(r) IN $types)
WITH DISTINCT key, type(r) AS type, o.id AS other
RETURN collect([key, type, other]) AS rows
