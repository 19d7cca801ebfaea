from pathlib import Path

import pytest

from chainkg.graph.records import RelationRow
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.model import entity_id
from tests.helpers import TEXT, sample_graph


@pytest.fixture
def store(tmp_path: Path) -> SqliteGraphStore:
    s = SqliteGraphStore(tmp_path / "g.sqlite")
    s.initialize()
    yield s
    s.close()


def test_write_and_read_relations_with_evidence(store: SqliteGraphStore) -> None:
    graph = sample_graph()
    store.write_document(graph)
    zone = store.find_entities("晋北经济开发区", ["Zone"])
    assert [z.name for z in zone] == ["晋北经济开发区"]
    rels = store.relations(zone[0].id, ["PARTNERS_WITH"])
    assert [(r.head.name, r.tail.name) for r in rels] in (
        [("晋北经济开发区", "太原理工大学")],
        [("太原理工大学", "晋北经济开发区")],
    )
    ev = rels[0].evidence[0]
    assert "共建实习实训基地" in ev.sentence
    assert TEXT[ev.start : ev.end].startswith("晋北经济开发区")
    assert ev.doc_title == "测试报告"
    assert rels[0].props == {"kind": "实训基地"}


def test_entity_ids_are_stable_and_aliases_found(store: SqliteGraphStore) -> None:
    store.write_document(sample_graph())
    uni = store.find_entities("太原理工大学")
    assert uni[0].id == entity_id("University", "太原理工大学")
    assert uni[0].mentions == 2


def test_facts_keep_counts_on_their_subject(store: SqliteGraphStore) -> None:
    store.write_document(sample_graph())
    cons = store.find_entities("晋北产教联合体")[0]
    facts = store.facts(cons.id)
    assert [(f.value, f.unit, f.counted_type) for f in facts] == [
        (12.0, "家", "Enterprise"),
        (3.0, "所", "University"),
    ]


def test_same_document_twice_changes_nothing(store: SqliteGraphStore) -> None:
    store.write_document(sample_graph())
    before = store.stats()
    uni = store.find_entities("太原理工大学")[0]
    store.write_document(sample_graph())
    assert store.stats() == before
    assert store.find_entities("太原理工大学")[0].mentions == uni.mentions == 2


def test_delete_removes_document_and_orphans(store: SqliteGraphStore) -> None:
    graph = sample_graph()
    store.write_document(graph)
    assert store.delete_document(graph.document.id)
    assert store.stats() == {
        "documents": 0,
        "passages": 0,
        "entities": 0,
        "relations": 0,
        "facts": 0,
    }
    assert not store.delete_document(graph.document.id)


def test_failed_write_leaves_nothing(store: SqliteGraphStore) -> None:
    graph = sample_graph()
    bad = graph.relations[0]
    graph.relations.append(
        RelationRow("rel_bad", bad.head_id, "LEADS", "missing_entity", {}, bad.evidence)
    )
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.write_document(graph)
    assert store.stats()["documents"] == 0
    assert store.stats()["entities"] == 0
