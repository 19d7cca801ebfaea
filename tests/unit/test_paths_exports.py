import csv
import io
import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from chainkg.errors import InputError, NotFoundError
from chainkg.exports import export
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.queries.consortium import consortium
from chainkg.queries.paths import neighbourhood, shortest_path
from tests.helpers import sample_graph


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteGraphStore]:
    s = SqliteGraphStore(tmp_path / "g.sqlite")
    s.write_document(sample_graph())
    yield s
    s.close()


def test_shortest_path_has_evidence_for_every_hop(store: SqliteGraphStore) -> None:
    p = shortest_path(store, "华晋重工有限公司", "太原理工大学")
    names = [e.name for e in p.entities]
    assert names[0] == "华晋重工有限公司" and names[-1] == "太原理工大学"
    assert len(p.hops) == len(names) - 1 == 2
    for hop, (a, b) in zip(p.hops, pairwise(names), strict=True):
        assert {hop.head.name, hop.tail.name} == {a, b}
        assert hop.evidence and hop.evidence[0].sentence


def test_no_path_and_bad_limits(store: SqliteGraphStore) -> None:
    with pytest.raises(NotFoundError, match="within 1 relations"):
        shortest_path(store, "华晋重工有限公司", "太原理工大学", max_hops=1)
    with pytest.raises(InputError, match="max_hops"):
        shortest_path(store, "华晋重工有限公司", "太原理工大学", max_hops=9)


def test_neighbourhood_respects_hops_and_limit(store: SqliteGraphStore) -> None:
    one = neighbourhood(store, "晋北产教联合体", hops=1)
    assert {e.name for e in one.entities} == {
        "晋北产教联合体",
        "晋北经济开发区管委会",
        "华晋重工有限公司",
        "太原理工大学",
    }
    assert all(
        r.head.id in {e.id for e in one.entities} and r.tail.id in {e.id for e in one.entities}
        for r in one.relations
    )
    small = neighbourhood(store, "晋北产教联合体", hops=2, limit=2)
    assert small.truncated and len(small.entities) <= 3


def test_exports_tables_and_graphs(store: SqliteGraphStore) -> None:
    answer = consortium(store, "晋北经济开发区")
    table = list(csv.DictReader(io.StringIO(export(answer, "csv").decode("utf-8-sig"))))
    members = {r["entity"] for r in table if r["group"].startswith("member:")}
    assert members == {"华晋重工有限公司", "太原理工大学"}
    assert all(r["evidence"] for r in table)
    book = load_workbook(io.BytesIO(export(answer, "xlsx")))
    sheet = book.active
    assert sheet is not None
    assert sheet.max_row == len(table) + 1
    hood = neighbourhood(store, "晋北产教联合体")
    g = nx.parse_graphml(export(hood, "graphml").decode("utf-8"))
    assert g.number_of_nodes() == len(hood.entities)
    data = json.loads(export(hood, "json"))
    assert len(data["edges"]) == len(hood.relations)
    with pytest.raises(InputError, match="needs a subgraph"):
        export(answer, "graphml")
    with pytest.raises(InputError, match="unknown export format"):
        export(answer, "pdf")
