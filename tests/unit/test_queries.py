from collections.abc import Iterator
from pathlib import Path

import pytest

from chainkg.chains import get_catalog
from chainkg.errors import NotFoundError
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.queries.chain import chain_extension
from chainkg.queries.consortium import consortium
from chainkg.queries.leaders import chain_leaders
from chainkg.queries.profile import entity_profile
from tests.helpers import sample_graph

CHAINS = get_catalog()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteGraphStore]:
    s = SqliteGraphStore(tmp_path / "g.sqlite")
    s.write_document(sample_graph())
    yield s
    s.close()


def test_consortium_of_zone_through_its_governing_body(store: SqliteGraphStore) -> None:
    a = consortium(store, "晋北经济开发区")
    assert [c.consortium.name for c in a.consortia] == ["晋北产教联合体"]
    view = a.consortia[0]
    assert [lk.entity.name for lk in view.leaders] == ["晋北经济开发区管委会"]
    assert {t: [lk.entity.name for lk in v] for t, v in view.members.items()} == {
        "Enterprise": ["华晋重工有限公司"],
        "University": ["太原理工大学"],
    }
    assert [(c.value, c.found) for c in view.stated_counts] == [(12.0, 1), (3.0, 1)]
    assert "12家企业" in view.stated_counts[0].evidence.sentence
    assert [lk.entity.name for lk in a.partners["实训基地"]] == ["太原理工大学"]


def test_reverse_for_a_university(store: SqliteGraphStore) -> None:
    a = consortium(store, "太原理工大学")
    assert [lk.entity.name for lk in a.zones] == ["晋北经济开发区"]
    assert "共建实习实训基地" in a.zones[0].evidence[0].sentence
    assert [c.consortium.name for c in a.consortia] == ["晋北产教联合体"]


def test_chain_extension_places_zone_enterprises_on_the_reference_chain(
    store: SqliteGraphStore,
) -> None:
    a = chain_extension(store, CHAINS, "晋北经济开发区")
    [ic] = a.industries
    assert ic.industry.name == "新能源汽车"
    assert ic.focus is not None and ic.focus.props == {"role": "主导"}
    assert ic.chain == "新能源汽车"
    assert ic.reference_chain[0] == "关键原材料"  # upstream first
    # 华晋重工有限公司 is in the zone but its industry names the whole chain, no segment of it.
    assert all(not seg.enterprises for seg in ic.segments)
    assert set(ic.gaps) == {s.name for s in ic.segments}


def test_chain_leaders_puts_stated_leaders_first(store: SqliteGraphStore) -> None:
    a = chain_leaders(store, CHAINS, "新能源汽车")
    assert [(c.entity.name, c.explicit) for c in a.leaders] == [("华晋重工有限公司", True)]
    assert "链主" in a.leaders[0].evidence[0].sentence


def test_profile_and_unknown_names(store: SqliteGraphStore) -> None:
    p = entity_profile(store, "晋北经济开发区")
    assert {r.type for r in p.relations} >= {"FOCUSES_ON", "PARTNERS_WITH", "LOCATED_IN"}
    with pytest.raises(NotFoundError, match="不存在的园区"):
        chain_extension(store, CHAINS, "不存在的园区")
