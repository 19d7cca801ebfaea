MATCH (d:Document {id: $doc_id}) RETURN count(d) > 0 AS found
