from __future__ import annotations

import os
from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.readers import (
    SUPPORTED_SUFFIXES,
    SourceText,
    decode_text,
    iter_files,
    iter_sources,
    read_report,
)
from tests.fixtures.formats.builders import PARAGRAPHS, docx_bytes, html_page, jsonl_bytes


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def test_reads_utf8_with_bom_and_takes_first_line_as_title(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "\ufeff开发区报告\n正文".encode())
    src = read_report(p, 1000)
    assert src.title == "开发区报告"
    assert src.text.startswith("开发区报告")
    assert src.meta == {"format": "text", "encoding": "utf-8"}


def test_markdown_markup_is_blanked_keeping_offsets(tmp_path: Path) -> None:
    raw = "# 标题\n- 阳泉高新区\n"
    src = read_report(write(tmp_path, "r.md", raw.encode()), 1000)
    assert len(src.text) == len(raw)
    assert src.text.index("阳泉高新区") == raw.index("阳泉高新区")
    assert src.meta["format"] == "markdown"


def test_gbk_text_is_detected(tmp_path: Path) -> None:
    src = read_report(write(tmp_path, "gbk.txt", "开发区年报\n阳泉高新区".encode("gbk")), 1000)
    assert src.text == "开发区年报\n阳泉高新区"
    assert src.meta["encoding"] == "gb18030"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n", "empty"),
        ("bin.txt", b"\x00\x01\x02abc", "binary"),
        ("pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document)"),
        ("bad.txt", "开发区".encode() + b"\xff\xfe\xfa" + "报告".encode(), "invalid byte sequence"),
        ("big.txt", "开".encode() * 400, "over the limit"),
        ("r.exe", b"abc", "unsupported format"),
        ("old.doc", b"abc", "save it as .docx"),
    ],
)
def test_bad_input_names_the_file_and_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    p = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_report(p, 1000)
    assert name in str(info.value)
    assert reason in str(info.value)
    (err,) = list(iter_sources(p, 1000))
    assert isinstance(err, InputError) and str(err) == str(info.value)


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # a sparse 10 GB file: reading it would be the bug
        fh.truncate(10 * 1024**3)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(InputError, match="10737418240 bytes is over the limit of 1000 bytes"):
        read_report(p, 1000)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "nope.txt", 1000)
    (err,) = list(iter_sources(tmp_path / "nope.txt", 1000))
    assert isinstance(err, InputError) and "nope.txt: no such file" in str(err)


def test_sidecar_metadata_gives_the_title(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "第一行不是标题\n正文".encode())
    (tmp_path / "r.txt.meta.json").write_text('{"title": "开发区年报", "date": "2024"}')
    src = read_report(p, 1000)
    assert src.title == "开发区年报"
    assert src.meta == {
        "title": "开发区年报", "date": "2024", "format": "text", "encoding": "utf-8"
    }


def test_bad_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "正文".encode())
    (tmp_path / "r.txt.meta.json").write_text("{not json")
    with pytest.raises(InputError, match=r"r\.txt\.meta\.json"):
        read_report(p, 1000)


def test_decode_text_keeps_its_contract() -> None:
    assert decode_text("阳泉".encode("gbk"), "x.txt") == "阳泉"
    with pytest.raises(InputError, match=r"x\.txt: the file is empty"):
        decode_text(b"", "x.txt")


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".pdf", ".docx", ".html", ".htm", ".jsonl"} <= SUPPORTED_SUFFIXES


def test_a_directory_is_read_recursively_and_bad_files_do_not_stop_it(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    write(root, "a.txt", PARAGRAPHS[0].encode("gbk"))
    write(root, "a.txt.meta.json", b'{"title": "A"}')
    write(root, "sub/b.docx", docx_bytes([PARAGRAPHS[1]]))
    write(root, "sub/deeper/c.html", html_page([PARAGRAPHS[2]], title="C", h1="C").encode())
    write(root, "sub/d.jsonl", jsonl_bytes([{"text": "甲"}, {"text": "乙", "id": "y"}]))
    write(root, "sub/empty.md", b"")
    write(root, "sub/broken.docx", b"not a zip")
    write(root, "notes.png", b"\x89PNG\r\n\x1a\n")  # unsupported: skipped in a directory
    write(root, ".hidden/e.txt", b"hidden")
    write(root, ".f.txt", b"hidden")
    (root / "loop").symlink_to(root, target_is_directory=True)  # not followed
    items = list(iter_sources(root, 1 << 20))
    docs = [i for i in items if isinstance(i, SourceText)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    # os.walk order, names sorted: a directory's files, then its subdirectories
    assert [Path(d.path.split("#")[0]).name for d in docs] == [
        "a.txt", "b.docx", "d.jsonl", "d.jsonl", "c.html"
    ]
    assert [d.text for d in docs] == [PARAGRAPHS[0], PARAGRAPHS[1], "甲", "乙", PARAGRAPHS[2]]
    assert docs[0].title == "A"
    assert [d.path.split("#")[1] for d in docs[2:4]] == ["L1", "y"]
    assert len(errors) == 2
    assert any("broken.docx" in e and "not a ZIP archive" in e for e in errors)
    assert any("empty.md" in e and "empty" in e for e in errors)
    assert list(iter_files(root / "a.txt")) == [root / "a.txt"]
    assert len(list(iter_files(root))) == 6


def test_iter_sources_reports_an_unreadable_file_as_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    p = write(tmp_path, "r.txt", "正文".encode())
    real_open = Path.open

    def failing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self == p:
            raise PermissionError(13, os.strerror(13))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", failing_open)
    (err,) = list(iter_sources(p, 1000))
    assert isinstance(err, InputError)
    assert str(err) == f"{p}: cannot read: Permission denied"
