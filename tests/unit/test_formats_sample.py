"""The sample report as TXT, GBK, PDF, DOCX, HTML and JSONL: same text, same entities."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.ingest.readers import SourceText, iter_sources
from chainkg.ingest.repair import repair
from tests.fixtures.formats.builders import docx_bytes, html_page, jsonl_bytes, pdf_bytes

pytest.importorskip("reportlab", reason="reportlab (dev extra) builds the sample PDF")
extractor = pytest.importorskip("chainkg.nlp.extractor", reason="the extractor is not built yet")

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "shanxi_devzones_2024.txt"


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    paragraphs = [p for p in repair(text).text.split("\n") if p.strip()]
    out = tmp_path_factory.mktemp("sample")
    files = {
        "txt": ("r.txt", text.encode()),
        "gbk": ("gbk.txt", text.encode("gb18030")),
        "pdf": ("r.pdf", pdf_bytes([lines[i : i + 40] for i in range(0, len(lines), 40)])),
        "docx": ("r.docx", docx_bytes(paragraphs)),
        "html": ("r.html", html_page(paragraphs, title="t", h1="t").encode()),
        "jsonl": ("r.jsonl", jsonl_bytes([{"id": "x", "text": text}])),
    }
    paths = {}
    for fmt, (name, data) in files.items():
        paths[fmt] = out / name
        paths[fmt].write_bytes(data)
    return paths


def read_one(path: Path) -> SourceText:
    (item,) = list(iter_sources(path, 1 << 22))
    assert isinstance(item, SourceText), item
    return item


def test_pdf_text_layer_is_the_report_line_for_line(sample_files: dict[str, Path]) -> None:
    lines = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    got = read_one(sample_files["pdf"]).text.split("\n")
    assert [line for line in got if line.strip()] == lines  # blank lines hold no text in a PDF


def test_every_format_yields_the_same_entities(sample_files: dict[str, Path]) -> None:
    def names(fmt: str) -> set[tuple[str, str]]:
        ex = extractor.extract_text(read_one(sample_files[fmt]).text)
        return {(m.name, m.type) for m in ex.entities}

    expected = names("txt")
    assert len(expected) > 20
    for fmt in ("gbk", "pdf", "docx", "html", "jsonl"):
        assert names(fmt) == expected, fmt
