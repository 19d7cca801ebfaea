"""One set of assertions for every GraphStore backend; expected values come from the seed text.

Each test runs per backend; the parity tests check that the backends give identical answers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.chains import get_catalog
from chainkg.graph.port import GraphStore
from chainkg.graph.records import (
    DocumentGraph,
    EntityRow,
    Evidence,
    MentionRow,
    RelationRow,
    relation_id,
)
from chainkg.model import Document, Passage, entity_id
from chainkg.queries.chain import chain_extension
from chainkg.queries.consortium import consortium
from chainkg.queries.leaders import chain_leaders
from chainkg.queries.profile import entity_profile
from tests.conftest import SAMPLE
from tests.contract.conftest import corpus_graphs, unavailable
from tests.helpers import TEXT, sample_graph

CHAINS = get_catalog()
pytestmark = pytest.mark.contract
SEED = SAMPLE.read_text(encoding="utf-8")


def test_consortium_members_counts_and_evidence(store: GraphStore) -> None:
    a = consortium(store, "运城市经济开发区")
    view = next(v for v in a.consortia if v.consortium.name == "运城市经开区产教联合体")
    named = {lk.entity.name for group in view.members.values() for lk in group}
    assert named >= {"大运汽车股份有限公司", "运城职业技术大学", "山西省重型卡车工程技术研究中心",
                     "运城市先进制造业职教集团"}  # fmt: skip
    assert sorted(c.value for c in view.stated_counts) == [3, 8, 32, 54]
    for group in view.members.values():
        for lk in group:
            ev = lk.evidence[0]
            assert ev.doc_id == corpus_graphs()[0].document.id
            assert SEED[ev.start : ev.end]  # the span lies inside the original text


def test_reverse_and_profile(store: GraphStore) -> None:
    a = consortium(store, "太原理工大学")
    assert "阳泉高新区" in {lk.entity.name for lk in a.zones}
    p = entity_profile(store, "阳泉高新区")
    assert "数字经济" in {r.tail.name for r in p.relations if r.type == "FOCUSES_ON"}


def test_chain_and_leaders(store: GraphStore) -> None:
    a = chain_extension(store, CHAINS, "忻州经济开发区")
    assert {i.industry.name for i in a.industries} >= {"新能源", "新材料", "半导体", "煤化工"}
    assert chain_leaders(store, CHAINS, "新能源").industry.name == "新能源"


def test_unknown_names_are_not_found(store: GraphStore) -> None:
    assert store.find_entities("火星开发区") == []
    assert store.entity("zon_0000000000000000") is None


@pytest.mark.parametrize(
    "ask",
    [
        lambda s: consortium(s, "运城市经济开发区"),
        lambda s: consortium(s, "太原理工大学"),
        lambda s: chain_extension(s, CHAINS, "忻州经济开发区"),
        lambda s: chain_leaders(s, CHAINS, "新能源"),
        lambda s: entity_profile(s, "阳泉高新区"),
        lambda s: entity_profile(s, "运城市经开区产教联合体"),
        lambda s: sorted(e.model_dump_json() for e in s.entities()),
        lambda s: s.stats(),
        lambda s: [p.id for p in s.passages()],
    ],
    ids=["consortium", "reverse", "chain", "leaders", "profile", "profile2", "entities",
         "stats", "passages"],
)  # fmt: skip
def test_backends_give_the_same_answers(loaded: dict[str, GraphStore], ask: object) -> None:
    if len(loaded) < 2:
        unavailable("parity needs every backend up; only " + ", ".join(loaded) + " is")
    answers = [ask(s) for s in loaded.values()]  # type: ignore[operator]
    dumps = [a.model_dump() if hasattr(a, "model_dump") else a for a in answers]
    assert all(d == dumps[0] for d in dumps[1:])


def test_write_is_idempotent_and_delete_cleans_up(empty_store: GraphStore) -> None:
    g = sample_graph()
    empty_store.write_document(g)
    before = empty_store.stats()
    mentions = empty_store.find_entities("太原理工大学")[0].mentions
    empty_store.write_document(sample_graph())
    assert empty_store.stats() == before
    assert empty_store.find_entities("太原理工大学")[0].mentions == mentions == 2
    assert empty_store.has_document(g.document.id)
    assert [d.id for d in empty_store.documents()] == [g.document.id]
    assert empty_store.delete_document(g.document.id)
    assert not empty_store.has_document(g.document.id)
    assert empty_store.stats() == dict.fromkeys(before, 0)


def test_delete_keeps_what_another_document_supports(empty_store: GraphStore) -> None:
    g1 = sample_graph()
    other_text = TEXT + "\n另见。"
    g2 = sample_graph(other_text)
    empty_store.write_document(g1)
    empty_store.write_document(g2)
    zone = empty_store.find_entities("晋北经济开发区", ["Zone"])[0]
    rels = empty_store.relations(zone.id, ["PARTNERS_WITH"])
    assert len(rels[0].evidence) == 2
    uni = empty_store.find_entities("太原理工大学")[0]
    twice = TEXT.count("太原理工大学")  # mentions per document
    assert mention_counts(empty_store, uni.id, "太原理工大学") == {2 * twice}
    empty_store.delete_document(g1.document.id)
    rels = empty_store.relations(zone.id, ["PARTNERS_WITH"])
    assert [e.doc_id for e in rels[0].evidence] == [g2.document.id]
    assert empty_store.stats()["documents"] == 1
    assert mention_counts(empty_store, uni.id, "太原理工大学") == {twice}


def mention_counts(store: GraphStore, eid: str, name: str) -> set[int]:
    """An entity's mention count as every read that gives entity records reports it."""
    return {
        store.find_entities(name)[0].mentions,
        store.entities_by_id([eid])[eid].mentions,
        store.lookup([name])[0].mentions,
        next(e for e in store.entities() if e.id == eid).mentions,
    }


def test_neo4j_counts_the_mentions_of_a_graph_written_without_them(tmp_path: Path) -> None:
    """A graph written before entities kept their mention counts gets them when opened."""
    from chainkg.graph.neo4j_store import Neo4jGraphStore
    from tests.contract.conftest import open_store

    old = open_store("neo4j", tmp_path)
    assert isinstance(old, Neo4jGraphStore)
    try:
        old.clear()
        old.write_document(sample_graph())
        assert old._driver is not None
        with old._driver.session() as session:  # as an older chainkg left it
            session.run("MATCH (e:Entity) REMOVE e.mentions").consume()
            session.run("MATCH (g:ChainkgGraph) DELETE g").consume()
        assert old.find_entities("太原理工大学")[0].mentions == 0
        reopened = open_store("neo4j", tmp_path)
        try:
            assert reopened.find_entities("太原理工大学")[0].mentions == TEXT.count("太原理工大学")
        finally:
            reopened.close()
    finally:
        old.clear()
        old.close()


def test_aliases_resolve_and_facts_keep_evidence(empty_store: GraphStore) -> None:
    g = sample_graph()
    eid = next(iter(g.entities))
    g.entities[eid].aliases.add("别名测试")
    empty_store.write_document(g)
    assert [e.id for e in empty_store.find_entities("别名测试")] == [eid]
    cons = empty_store.find_entities("晋北产教联合体")[0]
    facts = empty_store.facts(cons.id)
    assert [(f.value, f.unit) for f in facts] == [(12.0, "家"), (3.0, "所")]
    assert TEXT[facts[0].evidence.start : facts[0].evidence.end] == "12家"


def test_values_are_parameters_not_code(empty_store: GraphStore, tmp_path: Path) -> None:
    hostile = "x'}) DETACH DELETE n //\"; DROP TABLE entities; --"
    assert empty_store.find_entities(hostile) == []
    assert empty_store.relations(hostile) == []
    empty_store.write_document(sample_graph())
    assert empty_store.find_entities(hostile, [hostile]) == []
    assert empty_store.stats()["documents"] == 1


def test_neighbours_edges_and_centrality(empty_store: GraphStore) -> None:
    empty_store.write_document(sample_graph())
    uni = empty_store.find_entities("太原理工大学")[0]
    near = {(n.name, n.relation): n for n in empty_store.neighbours(uni.id)}
    assert set(near) == {("晋北产教联合体", "MEMBER_OF"), ("晋北经济开发区", "PARTNERS_WITH")}
    assert near["晋北产教联合体", "MEMBER_OF"].outgoing
    assert [n.name for n in empty_store.neighbours(uni.id, ["MEMBER_OF"], "in")] == []
    edges = list(empty_store.edges(["MEMBER_OF"]))
    assert len(edges) == 2 and all(t == "MEMBER_OF" for _, t, _ in edges)
    empty_store.set_centrality({uni.id: 0.5})
    assert empty_store.entity(uni.id).centrality == 0.5  # type: ignore[union-attr]
    ranked = empty_store.neighbours(empty_store.find_entities("晋北产教联合体")[0].id, limit=1)
    assert [n.name for n in ranked] == ["太原理工大学"]
    empty_store.set_centrality({})
    assert empty_store.entity(uni.id).centrality == 0.0  # type: ignore[union-attr]


def test_passages_keep_their_original_text(empty_store: GraphStore) -> None:
    g = sample_graph()
    empty_store.write_document(g)
    stored = list(empty_store.passages(g.document.id))
    assert [p.original for p in stored] == [TEXT[p.start : p.end] for p in stored]
    assert all(p.original for p in stored)


def test_a_relation_stated_twice_in_one_document_is_one_relation(empty_store: GraphStore) -> None:
    g = sample_graph()
    first = next(r for r in g.relations if r.type == "PARTNERS_WITH")
    again_at = TEXT.index("华晋重工有限公司落户")  # a second statement, elsewhere in the text
    g.relations.append(
        RelationRow(first.id, first.head_id, first.type, first.tail_id, {"note": "再次提及"},
                    Evidence(g.document.id, first.evidence.passage_id, again_at, again_at + 8,
                             TEXT[again_at : again_at + 8]))
    )  # fmt: skip
    empty_store.write_document(g)
    rels = empty_store.relations(first.head_id, ["PARTNERS_WITH"])
    assert [r.id for r in rels] == [first.id]
    assert rels[0].props == {"kind": "实训基地", "note": "再次提及"}
    assert [e.start for e in rels[0].evidence] == [first.evidence.start, again_at]
    empty_store.write_document(g)  # the same document again: still one relation
    assert len(empty_store.relations(first.head_id, ["PARTNERS_WITH"])) == 1


def test_bulk_reads_answer_like_one_subject_at_a_time(empty_store: GraphStore) -> None:
    empty_store.write_document(sample_graph())
    uni = empty_store.find_entities("太原理工大学")[0]
    zone = empty_store.find_entities("晋北经济开发区", ["Zone"])[0]
    cons = empty_store.find_entities("晋北产教联合体")[0]
    ids = [uni.id, zone.id, cons.id, "ent_missing"]
    with empty_store.reading():
        assert empty_store.entities_by_id(ids) == {i: empty_store.entity(i) for i in ids[:3]}
        rels = empty_store.relations_of(ids, ["MEMBER_OF", "PARTNERS_WITH"], "in")
        assert rels == {i: empty_store.relations(i, ["MEMBER_OF", "PARTNERS_WITH"], "in")
                        for i in ids}  # fmt: skip
        assert [r.head.name for r in rels[cons.id]] == ["华晋重工有限公司", "太原理工大学"]
        for types, direction, limit in [((), "both", 2), ((), "in", 1), (["MEMBER_OF"], "out", 5),
                                        (["MEMBER_OF", "PARTNERS_WITH"], "both", 1)]:  # fmt: skip
            near = empty_store.neighbours_of(ids, types, direction, limit)
            assert near == {i: empty_store.neighbours(i, types, direction, limit) for i in ids}
            assert any(near.values())
        assert empty_store.facts_of([cons.id, uni.id]) == {cons.id: empty_store.facts(cons.id),
                                                           uni.id: []}  # fmt: skip
        found = empty_store.lookup(["晋北产教联合体", uni.id, "火星开发区"])
        assert sorted(e.id for e in found) == sorted([cons.id, uni.id])
        assert empty_store.lookup(["晋北产教联合体"], ["Zone"]) == []
        between = empty_store.relations_between([uni.id, cons.id], [zone.id, uni.id])
        everything = empty_store.relations_of([uni.id, cons.id])
        assert between == {
            i: [r for r in everything[i] if {r.head.id, r.tail.id} - {i} <= {zone.id, uni.id}]
            for i in (uni.id, cons.id)
        }
        assert [r.type for r in between[uni.id]] == ["PARTNERS_WITH"]
        assert [r.type for r in between[cons.id]] == ["MEMBER_OF"]


def test_reads_asked_together_answer_as_asked_alone(empty_store: GraphStore) -> None:
    empty_store.write_document(sample_graph())
    uni = empty_store.find_entities("太原理工大学")[0]
    zone = empty_store.find_entities("晋北经济开发区", ["Zone"])[0]
    cons = empty_store.find_entities("晋北产教联合体")[0]
    ids = [uni.id, zone.id, cons.id]
    with empty_store.reading():
        with empty_store.together() as reads:
            entities = reads.entities_by_id(ids)
            found = reads.lookup(["晋北产教联合体", "太原理工大学"], ["University"])
            rels = reads.relations_of(ids, ["MEMBER_OF"], "in")
            between = reads.relations_between([uni.id], [zone.id])
            near = reads.neighbours_of(ids, (), "both", 2)
            facts = reads.facts_of([cons.id])
            nothing = reads.relations_of([])
            with pytest.raises(RuntimeError, match="only answered when its block ends"):
                _ = near.value
        assert entities.value == empty_store.entities_by_id(ids)
        assert [e.name for e in found.value] == ["太原理工大学"]
        assert rels.value == empty_store.relations_of(ids, ["MEMBER_OF"], "in")
        assert [r.head.name for r in rels.value[cons.id]] == ["华晋重工有限公司", "太原理工大学"]
        assert between.value == empty_store.relations_between([uni.id], [zone.id])
        assert [r.type for r in between.value[uni.id]] == ["PARTNERS_WITH"]
        assert near.value == empty_store.neighbours_of(ids, (), "both", 2)
        assert facts.value == empty_store.facts_of([cons.id]) and facts.value[cons.id]
        assert nothing.value == {}
        with empty_store.together() as reads:  # one read alone, and a block with none
            alone = reads.entities_by_id([uni.id])
        assert alone.value[uni.id].name == "太原理工大学"
        with empty_store.together():
            pass


def _hub_document(doc: str, members: list[str], leaders: list[str]) -> DocumentGraph:
    """An industry named 光伏 with enterprises in it (and 链主 among them), one line each."""
    lines = [f"{m}属于光伏产业。" for m in members] + [f"{m}是光伏链主。" for m in leaders]
    text = "\n".join(lines)
    d = Document(id=doc, title=doc, source=f"test:{doc}", text=text)
    d.passages = [Passage(f"{doc}:0", doc, 0, text, 0, len(text))]
    g = DocumentGraph(document=d)
    hub = entity_id("Industry", "光伏")
    g.entities[hub] = EntityRow(hub, "Industry", "光伏")
    at = 0
    for i, line in enumerate(lines):
        name = line[: line.index("属于") if "属于" in line else line.index("是")]
        eid = entity_id("Enterprise", name)
        ev = Evidence(doc, f"{doc}:0", at, at + len(line), line)
        g.entities.setdefault(eid, EntityRow(eid, "Enterprise", name))
        g.mentions.append(MentionRow(eid, name, ev))
        type_ = "IN_INDUSTRY" if i < len(members) else "CHAIN_LEADER_OF"
        g.relations.append(RelationRow(relation_id(eid, type_, hub), eid, type_, hub, {}, ev))
        at += len(line) + 1
    return g


def test_top_neighbours_of_a_hub_stay_exact_through_writes(empty_store: GraphStore) -> None:
    members = [f"光伏{i:03d}科技有限公司" for i in range(360)]
    empty_store.write_document(_hub_document("doc_hub1", members, members[:40]))
    hub = entity_id("Industry", "光伏")
    # centrality: every seventh member ranks by its number, the rest tie at 0 (name order)
    empty_store.set_centrality(
        {entity_id("Enterprise", m): (i + 1) / 1000 for i, m in enumerate(members) if i % 7 == 0}
    )
    expected = sorted(((-(i + 1) / 1000 if i % 7 == 0 else 0.0), m) for i, m in enumerate(members))
    for types, limit in ((["IN_INDUSTRY"], 30), (["IN_INDUSTRY", "CHAIN_LEADER_OF"], 60)):
        got = empty_store.neighbours(hub, types, "in", limit)
        assert [n.name for n in got if n.relation == "IN_INDUSTRY"][:30] == [
            m for _, m in expected
        ][:30]
        assert got == sorted(got, key=lambda n: (-n.centrality, n.name, n.id, n.relation))
    leaders = empty_store.neighbours(hub, ["CHAIN_LEADER_OF"], "in", 100)
    assert sorted(n.name for n in leaders) == sorted(members[:40])
    # a later document adds a member without a new ranking: it must show at once, first of the
    # members at centrality 0 (by name), after the 52 ranked ones
    newcomer = "光伏0000科技有限公司"
    empty_store.write_document(_hub_document("doc_hub2", [newcomer], []))
    got = empty_store.neighbours(hub, ["IN_INDUSTRY"], "in", 100)
    assert [n.name for n in got][52] == newcomer
    empty_store.delete_document("doc_hub2")
    got = empty_store.neighbours(hub, ["IN_INDUSTRY"], "in", 100)
    assert newcomer not in {n.name for n in got} and len(got) == 100
    empty_store.set_centrality({entity_id("Enterprise", members[5]): 0.5})
    assert empty_store.neighbours(hub, ["IN_INDUSTRY"], "in", 1)[0].name == members[5]
    # more than one page of a ranked list (100 a page on Neo4j): the rest tie at 0, by name
    got = empty_store.neighbours(hub, ["IN_INDUSTRY"], "in", 150)
    assert [n.name for n in got] == [members[5], *members[:5], *members[6:150]]
