from pathlib import Path

import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.errors import InputError
from chainkg.graph.sqlite_store import SqliteGraphStore
from chainkg.ingest.structured import import_enterprises
from chainkg.settings import get_settings
from tests.helpers import sample_graph

CSV = (
    "企业名称,统一社会信用代码,产业,园区,省份,城市,标签\n"
    "华晋重工有限公司,91140000MA0K123456,新能源汽车,晋北经济开发区,山西省,朔州市,链主\n"
    ",91140000MA0K123457,光伏,晋北经济开发区,山西省,朔州市,\n"
    "晋能光电有限公司,123,光伏,晋北经济开发区,山西省,朔州市,规上\n"
    "太行电池有限公司,,动力电池,晋中高新区,山西省,晋中市,专精特新、银河\n"
    "太行锂电有限公司,,动力电池,晋中高新区,山西省,晋中市,专精特新、规上\n"
)


@pytest.fixture
def store(tmp_path: Path) -> SqliteGraphStore:
    s = SqliteGraphStore(tmp_path / "g.sqlite")
    s.initialize()
    s.write_document(sample_graph())  # 华晋重工有限公司 and 晋北经济开发区 already known
    return s


def test_rows_are_validated_with_line_numbers(store: SqliteGraphStore, tmp_path: Path) -> None:
    f = tmp_path / "list.csv"
    f.write_text(CSV, encoding="utf-8")
    result = import_enterprises(f, store, 10_000)
    assert (result.rows, result.imported) == (5, 2)
    assert [str(e) for e in result.errors] == [
        "line 3: name: empty",
        "line 4: credit_code: '123' is not an 18-character code",
        "line 5: tags: unknown 银河 (known: "
        "上市、专精特新、小巨人、独角兽、规上、链主、高新技术企业、龙头)",
    ]


def test_import_merges_with_extracted_entities(store: SqliteGraphStore, tmp_path: Path) -> None:
    f = tmp_path / "list.csv"
    f.write_text(CSV, encoding="utf-8")
    graph = import_enterprises(f, store, 10_000).graph
    assert graph is not None
    store.write_document(graph)
    company = store.find_entities("华晋重工有限公司")
    assert len(company) == 1
    assert company[0].props["credit_code"] == "91140000MA0K123456"
    assert company[0].props["tags"] == "链主"
    rels = {(r.type, r.tail.name) for r in store.relations(company[0].id, (), "out")}
    assert ("LOCATED_IN", "晋北经济开发区") in rels
    assert ("CHAIN_LEADER_OF", "新能源汽车") in rels
    ev = store.relations(company[0].id, ["CHAIN_LEADER_OF"], "out")[0].evidence
    assert {e.sentence for e in ev} >= {
        "华晋重工有限公司,91140000MA0K123456,新能源汽车,晋北经济开发区,山西省,朔州市,链主"
    }


def test_xlsx_and_gbk_csv(store: SqliteGraphStore, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for line in CSV.splitlines():
        sheet.append(line.split(","))
    book.save(tmp_path / "list.xlsx")
    assert import_enterprises(tmp_path / "list.xlsx", store, 100_000).imported == 2
    (tmp_path / "gbk.csv").write_bytes(CSV.encode("gb18030"))
    assert import_enterprises(tmp_path / "gbk.csv", store, 100_000).imported == 2


def test_unusable_files(store: SqliteGraphStore, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("公司,地址\n甲,乙\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: no name column"):
        import_enterprises(tmp_path / "x.csv", store, 1000)
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match=r"bad\.xlsx: not a readable XLSX"):
        import_enterprises(tmp_path / "bad.xlsx", store, 1000)


def test_cli_import_reports_errors_and_imports_good_rows(tmp_path: Path) -> None:
    f = tmp_path / "list.csv"
    f.write_text(CSV, encoding="utf-8")
    get_settings.cache_clear()
    result = CliRunner().invoke(
        app, ["import", "enterprises", str(f)], env={"CHAINKG_DATA_DIR": str(tmp_path / "d")}
    )
    get_settings.cache_clear()
    assert result.exit_code == 1
    assert f"{f}:line 3: name: empty" in result.stderr
    assert "2 of 5 rows imported (ingested), 3 errors" in result.stdout
