"""Property: no input, however broken, crashes the readers or the extractor.

Hypothesis feeds random bytes, mutated valid files (PDF, DOCX — also with a mutated
``word/document.xml`` inside an intact ZIP — HTML, JSONL, GBK, UTF-16) and generated text through
``iter_sources`` / ``read_report`` and every text they return through
``chainkg.nlp.extractor.extract_text``. The only exception allowed is ``InputError``, and each one
names the input. Derandomised with no example database, so CI runs the same examples every time.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chainkg.errors import InputError
from chainkg.ingest.readers import JSONL_SUFFIXES, SourceText, iter_sources, read_report
from tests.fixtures.formats.builders import (
    PARAGRAPHS,
    docx_bytes,
    html_page,
    jsonl_bytes,
    pdf_bytes,
    wrap,
)

extractor = pytest.importorskip("chainkg.nlp.extractor", reason="the extractor is not built yet")
pytest.importorskip("reportlab", reason="reportlab (dev extra) builds the seed PDFs")

MAX_BYTES = 200_000
FUZZ = settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".jsonl")


@cache
def seeds() -> dict[str, bytes]:
    """Valid files of every format, built once; the mutations start from these."""
    text = "\n".join(PARAGRAPHS)
    table = [["园区", "投资"], ["临宜环保科技产业园", "9.4亿元"]]
    records: list[dict[str, object]] = [
        {"id": i, "text": p, "date": "2024"} for i, p in enumerate(PARAGRAPHS)
    ]
    return {
        ".pdf": pdf_bytes([wrap(p, 20) for p in PARAGRAPHS], title="开发区", compress=False),
        ".docx": docx_bytes(PARAGRAPHS, table=table),
        ".html": html_page(PARAGRAPHS, title="开发区", h1="开发区", date="2024-06-01").encode(),
        ".jsonl": jsonl_bytes(records),
        ".txt": text.encode("gbk"),
        ".md": ("# 标题\n" + text).encode("utf-16"),
    }


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after a few random flips, cuts, insertions, deletions and duplications."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "duplicate"]))
        pos = draw(st.integers(0, max(0, len(out) - 1)))
        if kind == "flip" and out:
            out[pos] = draw(st.integers(0, 255))
        elif kind == "truncate":
            del out[pos:]
        elif kind == "insert":
            out[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del out[pos : pos + draw(st.integers(1, 256))]
        elif kind == "duplicate":
            chunk = out[pos : pos + draw(st.integers(1, 512))]
            out[pos:pos] = chunk * draw(st.integers(1, 8))
    return bytes(out)


@st.composite
def docx_with_mutated_xml(draw: st.DrawFn) -> bytes:
    """A DOCX whose ZIP is intact but whose document.xml is damaged: reaches python-docx."""
    src = zipfile.ZipFile(io.BytesIO(seeds()[".docx"]))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = draw(mutated(data))
            out.writestr(info.filename, data)
    return buf.getvalue()


def json_values() -> st.SearchStrategy[object]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
    return st.recursive(
        scalars,
        lambda kids: (
            st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
        ),
        max_leaves=12,
    )


@st.composite
def jsonl_files(draw: st.DrawFn) -> bytes:
    """Lines that are good documents, odd JSON, or junk."""
    lines: list[bytes] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["doc", "json", "junk"]))
        if kind == "doc":
            record = draw(st.dictionaries(st.sampled_from(["title", "id", "date", "url", "x"]),
                                          json_values(), max_size=4))
            record["text"] = draw(st.text(min_size=0, max_size=200) | st.sampled_from(PARAGRAPHS))
            lines.append(jsonl_bytes([record]))
        elif kind == "json":
            lines.append(jsonl_bytes([draw(json_values())]))  # type: ignore[list-item]
        else:
            lines.append(draw(st.binary(max_size=80)) + b"\n")
    return b"".join(lines)


@st.composite
def encoded_text(draw: st.DrawFn) -> bytes:
    text = draw(st.text(max_size=300) | st.sampled_from(PARAGRAPHS))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16",
                                     "utf-16-le", "utf-16-be", "utf-32"]))
    return text.encode(encoding, errors="ignore")


def inputs() -> st.SearchStrategy[tuple[str, bytes]]:
    """(suffix, content): random bytes under any name, or mutations of a valid file."""
    random_bytes = st.tuples(st.sampled_from(SUFFIXES), st.binary(max_size=2048))
    mutations = st.sampled_from(SUFFIXES).flatmap(
        lambda suffix: st.tuples(st.just(suffix), mutated(seeds()[suffix]))
    )
    return st.one_of(
        random_bytes,
        mutations,
        st.tuples(st.just(".docx"), docx_with_mutated_xml()),
        st.tuples(st.just(".jsonl"), jsonl_files()),
        st.tuples(st.sampled_from([".txt", ".md", ".html"]), encoded_text()),
    )


def check_file(path: Path) -> None:
    """Read ``path`` both ways; every outcome is a document or an InputError naming the file."""
    for item in iter_sources(path, MAX_BYTES):
        if isinstance(item, InputError):
            assert str(path) in str(item), str(item)
            continue
        assert isinstance(item, SourceText)
        assert item.path.startswith(str(path))
        assert item.text.strip()
        assert isinstance(item.title, str)
        assert all(isinstance(v, str) for v in item.meta.values())
        extractor.extract_text(item.text)
    if path.suffix not in JSONL_SUFFIXES:
        try:
            read_report(path, MAX_BYTES)
        except InputError as exc:
            assert str(path) in str(exc), str(exc)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _writer(workdir: Path) -> Callable[[str, bytes], Path]:
    counter = iter(range(10**9))

    def write(suffix: str, data: bytes) -> Path:
        p = workdir / f"in{next(counter)}{suffix}"
        p.write_bytes(data)
        return p

    return write


@FUZZ
@given(case=inputs())
def test_readers_and_extractor_never_crash_on_files(workdir: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = _writer(workdir)(suffix, data)
    try:
        check_file(path)
    finally:
        path.unlink()


@FUZZ
@given(case=st.sampled_from(SUFFIXES).flatmap(
    lambda suffix: st.tuples(st.just(suffix), mutated(seeds()[suffix]))
))
def test_mutated_valid_files_never_crash(workdir: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = _writer(workdir)(suffix, data)
    try:
        check_file(path)
    finally:
        path.unlink()


@FUZZ
@given(text=st.text(max_size=500) | st.sampled_from(PARAGRAPHS).map(lambda p: p * 3))
def test_extractor_never_crashes_on_text(text: str) -> None:
    extractor.extract_text(text)


@settings(FUZZ, max_examples=150)
@given(batch=st.lists(inputs(), min_size=1, max_size=4))
def test_a_directory_of_bad_and_good_files_is_read_to_the_end(
    tmp_path_factory: pytest.TempPathFactory, batch: list[tuple[str, bytes]]
) -> None:
    root = tmp_path_factory.mktemp("batch")
    names = []
    for i, (suffix, data) in enumerate(batch):
        (root / f"f{i}{suffix}").write_bytes(data)
        names.append(f"f{i}{suffix}")
    seen = set()
    for item in iter_sources(root, MAX_BYTES):
        message = str(item) if isinstance(item, InputError) else item.path
        named = [n for n in names if f"{root}/{n}" in message]
        assert named, message
        seen.update(named)
    assert seen == set(names)  # every file gave a document or an error: none was dropped
