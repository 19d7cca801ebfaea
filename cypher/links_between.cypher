// Relations (of $types, all when empty) between one of $ids and one of $others, either way.
UNWIND $ids AS key
MATCH (e:Entity {id: key})-[r]-(o:Entity)
WHERE o.id IN $others AND (size($types) = 0 OR type(r) IN $types)
RETURN DISTINCT key, type(r) AS type, o.id AS other
