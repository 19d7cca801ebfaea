MATCH (p:Passage)
WHERE $doc_id IS NULL OR p.doc_id = $doc_id
RETURN p.id AS id, p.doc_id AS doc_id, p.ordinal AS ordinal, p.text AS text, p.start AS start,
       p.end AS end, p.original AS original
ORDER BY doc_id, ordinal
