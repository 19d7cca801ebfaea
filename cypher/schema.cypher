// Constraints and indexes, created idempotently at start. One statement per block.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type, e.name);
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source);
CREATE INDEX passage_doc IF NOT EXISTS FOR (p:Passage) ON (p.doc_id);
CREATE INDEX alias_name IF NOT EXISTS FOR (a:Alias) ON (a.name);
CREATE INDEX alias_entity IF NOT EXISTS FOR (a:Alias) ON (a.entity_id);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation_id);
CREATE INDEX evidence_doc IF NOT EXISTS FOR (v:Evidence) ON (v.doc_id);
CREATE INDEX fact_subject IF NOT EXISTS FOR (f:Fact) ON (f.subject_id);
CREATE INDEX fact_doc IF NOT EXISTS FOR (f:Fact) ON (f.doc_id);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE INDEX ranked_neighbours IF NOT EXISTS FOR (t:RankedNeighbours) ON (t.entity_id);
