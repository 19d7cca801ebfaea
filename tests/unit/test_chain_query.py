"""Chain extension against the shipped reference chains, on a graph written for this test."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from chainkg.chains import get_catalog
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.model import Extraction
from chainkg.queries.chain import chain_extension
from chainkg.queries.leaders import chain_leaders
from tests.helpers import mention, relation, sample_graph

TEXT = (
    "晋北经济开发区围绕新能源汽车打造产业集群。"
    "华晋汽车股份有限公司落户晋北经济开发区，生产纯电动汽车。"
    "晋北电机有限公司落户晋北经济开发区，生产驱动电机。"
    "太行电池有限公司是动力电池链主企业，与华晋汽车股份有限公司合作。"
    "吕梁充电科技有限公司从事充电桩。"
)
CHAINS = get_catalog()


def m(name: str, type_: str, nth: int = 0):  # type: ignore[no-untyped-def]
    return mention(name, type_, nth=nth, text=TEXT)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteGraphStore]:
    zone = [m("晋北经济开发区", "Zone", i) for i in range(3)]
    car = [m("华晋汽车股份有限公司", "Enterprise", i) for i in range(2)]
    motor = m("晋北电机有限公司", "Enterprise")
    battery = m("太行电池有限公司", "Enterprise")
    charger = m("吕梁充电科技有限公司", "Enterprise")
    nev, ev, drive = (
        m("新能源汽车", "Industry"),
        m("纯电动汽车", "Industry"),
        m("驱动电机", "Industry"),
    )
    cells, pile = m("动力电池", "Industry"), m("充电桩", "Industry")
    extraction = Extraction(
        entities=[*zone, *car, motor, battery, charger, nev, ev, drive, cells, pile],
        relations=[
            relation(zone[0], "FOCUSES_ON", nev),
            relation(car[0], "LOCATED_IN", zone[1]),
            relation(car[0], "IN_INDUSTRY", ev),
            relation(motor, "LOCATED_IN", zone[2]),
            relation(motor, "IN_INDUSTRY", drive),
            relation(battery, "CHAIN_LEADER_OF", cells),
            relation(battery, "IN_INDUSTRY", cells),
            relation(battery, "PARTNERS_WITH", car[1]),
            relation(charger, "IN_INDUSTRY", pile),
        ],
    )
    s = SqliteGraphStore(tmp_path / "g.sqlite")
    s.write_document(sample_graph(TEXT, extraction))
    yield s
    s.close()


def test_coverage_gaps_and_extensions(store: SqliteGraphStore) -> None:
    [ic] = chain_extension(store, CHAINS, "晋北经济开发区").industries
    status = {seg.name: seg.status for seg in ic.segments}
    placed = {seg.name: [e.name for e in seg.enterprises] for seg in ic.segments}
    assert placed["整车制造"] == ["华晋汽车股份有限公司"]
    assert placed["电驱动系统"] == ["晋北电机有限公司"]
    assert status["整车制造"] == status["电驱动系统"] == "strengthen"  # one enterprise each
    # direct suppliers of what the zone makes are gaps (补链) …
    assert status["动力电池系统"] == "gap"
    assert status["电控与汽车电子"] == "gap"
    # … and what comes after the zone's vehicles is extension (延链).
    assert status["充换电基础设施"] == "extend"
    assert set(ic.gaps) >= {"动力电池系统", "电控与汽车电子"}
    assert "充换电基础设施" in ic.extend


def test_targets_are_ranked_with_reasons_and_evidence(store: SqliteGraphStore) -> None:
    [ic] = chain_extension(store, CHAINS, "晋北经济开发区").industries
    names = [t.entity.name for t in ic.targets]
    assert names[:2] == ["太行电池有限公司", "吕梁充电科技有限公司"]
    best = ic.targets[0]
    assert best.segments == ["动力电池系统"]
    assert set(best.breakdown) >= {"fit", "chain_leader", "partnership"}
    assert any("链主" in r for r in best.reasons)
    assert any("华晋汽车股份有限公司" in r for r in best.reasons)
    assert any("链主" in e.sentence for e in best.evidence)
    assert ic.targets[1].segments == ["充换电基础设施"]
    assert "晋北电机有限公司" not in names  # already in the zone


def test_industry_alone(store: SqliteGraphStore) -> None:
    a = chain_extension(store, CHAINS, None, "新能源汽车")
    assert a.zone is None
    [ic] = a.industries
    assert ic.chain == "新能源汽车" and ic.segments


def test_leaders_with_partners_to_bring(store: SqliteGraphStore) -> None:
    a = chain_leaders(store, CHAINS, "动力电池", zone="晋北经济开发区")
    assert a.leaders[0].entity.name == "太行电池有限公司" and a.leaders[0].explicit
    assert a.leaders[0].partners == []  # its partner is already in the zone
    outside = chain_leaders(store, CHAINS, "动力电池")
    assert [p.entity.name for p in outside.leaders[0].partners] == ["华晋汽车股份有限公司"]
