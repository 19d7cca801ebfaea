RETURN COUNT { (:Document) } AS documents, COUNT { (:Passage) } AS passages,
       COUNT { (:Entity) } AS entities, COUNT { (:Entity)-[]->(:Entity) } AS relations,
       COUNT { (:Fact) } AS facts
