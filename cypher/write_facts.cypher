UNWIND $rows AS row
MERGE (f:Fact {id: row.id})
SET f += row
