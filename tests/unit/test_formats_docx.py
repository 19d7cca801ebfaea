"""DOCX: paragraphs and tables in order, core properties, and files that are not DOCX."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.formats.word import INFLATE_FACTOR, read_docx
from chainkg.ingest.readers import read_report
from tests.fixtures.formats.builders import PARAGRAPHS, docx_bytes


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_paragraphs_and_table_rows_in_document_order(tmp_path: Path) -> None:
    data = docx_bytes(
        PARAGRAPHS[:2],
        heading="一、总体情况",
        table=[["园区", "投资"], ["临宜环保科技产业园", "9.4亿元"]],
    )
    src = read_report(write(tmp_path, "r.docx", data), 1 << 20)
    assert src.text.split("\n") == [
        "一、总体情况",
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "园区，投资",
        "临宜环保科技产业园，9.4亿元",
    ]
    assert src.meta["format"] == "docx"


def test_a_merged_cell_is_read_once(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=3)
    t.cell(0, 0).text = "阳泉高新区"
    merged = t.cell(0, 1).merge(t.cell(0, 2))
    merged.text = "太原理工大学"
    buf = io.BytesIO()
    d.save(buf)
    src = read_report(write(tmp_path, "m.docx", buf.getvalue()), 1 << 20)
    assert src.text == "阳泉高新区，太原理工大学"


def test_core_properties_give_title_source_and_date(tmp_path: Path) -> None:
    data = docx_bytes(
        PARAGRAPHS[:1], title="开发区年报", author="山西省商务厅", created=dt.datetime(2024, 6, 1)
    )
    src = read_report(write(tmp_path, "r.docx", data), 1 << 20)
    assert src.title == "开发区年报"
    assert src.meta["source"] == "山西省商务厅"
    assert src.meta["date"] == "2024-06-01"


def test_placeholder_author_is_not_a_source_and_first_line_is_the_title(tmp_path: Path) -> None:
    data = docx_bytes(PARAGRAPHS[:2], author="Administrator")
    src = read_report(write(tmp_path, "r.docx", data), 1 << 20)
    assert "source" not in src.meta
    assert src.title == PARAGRAPHS[0][:60]


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("text.docx", lambda: "只是文本".encode(), "not a ZIP archive"),
        ("old.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "(.doc)"),
        ("cut.docx", lambda: docx_bytes(PARAGRAPHS)[:400], "broken ZIP"),
        ("other.docx", lambda: _zip({"xl/workbook.xml": b"<x/>"}), "no word/document.xml"),
        ("badxml.docx", lambda: _zip({"word/document.xml": b"<w:document"}), "malformed DOCX"),
        ("empty.docx", lambda: docx_bytes([]), "has no text"),
    ],
)
def test_files_that_are_not_usable_docx(
    tmp_path: Path, name: str, make: Callable[[], bytes], reason: str
) -> None:
    p = write(tmp_path, name, make())
    with pytest.raises(InputError) as info:
        read_report(p, 1 << 20)
    assert name in str(info.value)
    assert reason in str(info.value)


def test_zip_bomb_is_refused_before_inflating() -> None:
    data = _zip({"word/document.xml": b"<a/>", "word/media/big.bin": bytes(5_000_000)})
    assert len(data) < 50_000
    with pytest.raises(InputError, match="ZIP bomb"):
        read_docx(data, "bomb.docx", max_bytes=len(data) * 2)
    assert INFLATE_FACTOR * len(data) * 2 < 5_000_000
