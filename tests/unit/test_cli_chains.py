from pathlib import Path

from typer.testing import CliRunner

from chainkg.cli import app
from chainkg.settings import get_settings

GOOD = """chains:
  - id: test_tea
    name: 茶产业
    aliases: [茶叶]
    description: 茶园种植、加工到品牌销售。
    segments:
      - {id: garden, name: 茶园种植, stage: upstream, keywords: [茶园, 茶苗]}
      - {id: process, name: 茶叶加工, stage: midstream, keywords: [制茶, 精制茶]}
      - {id: sales, name: 品牌销售, stage: downstream, keywords: [茶饮, 茶叶销售]}
    links: [garden -> process, process -> sales]
"""
BAD = GOOD.replace("stage: midstream", "stage: middle")


def run(tmp_path: Path, *args: str):  # type: ignore[no-untyped-def]
    get_settings.cache_clear()
    result = CliRunner().invoke(app, list(args), env={"CHAINKG_DATA_DIR": str(tmp_path / "d")})
    get_settings.cache_clear()
    return result


def test_load_validates_and_keeps_the_chain(tmp_path: Path) -> None:
    good = tmp_path / "tea.yaml"
    good.write_text(GOOD, encoding="utf-8")
    loaded = run(tmp_path, "chains", "load", str(good))
    assert loaded.exit_code == 0, loaded.output
    assert "茶产业" in loaded.stdout
    listed = run(tmp_path, "chains", "list")
    assert "茶园种植 → 茶叶加工 → 品牌销售" in listed.stdout


def test_load_reports_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    result = run(tmp_path, "chains", "load", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:8: chains[0].segments[1].stage" in result.stderr
    assert not (tmp_path / "d" / "chains" / "bad.yaml").exists()
