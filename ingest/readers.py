"""Reading report files into text, with clear errors for input that cannot be used.

Formats: TXT/MD (UTF-8, GB18030/GBK, Big5, UTF-16/32; detected), PDF (text layer), DOCX, HTML
(main text), JSONL (one document per line), and directories of them, recursively. The text a
reader returns is the "original text" that evidence offsets point into: for PDF, DOCX and HTML
it is the extracted text.

``iter_sources`` is the batch entry point: it yields one ``SourceText`` per document, or one
``InputError`` per bad file or bad JSONL line, and never stops early. ``read_report`` reads one
single-document file and raises. Every error names the input and the reason.

Title, source and date come from the file (PDF metadata, DOCX core properties, HTML <title>/<h1>
and <meta>) and are overridden by a sidecar ``FILE.meta.json`` beside it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import InputError
from chainkg.ingest.formats.common import Extracted
from chainkg.ingest.formats.encoding import decode_bytes

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
)
SIDECAR_SUFFIX = ".meta.json"
_MD_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SourceText:
    """A report's text as read, with a title and where it came from.

    ``path`` identifies the document: the file, or ``FILE.jsonl#ID`` / ``FILE.jsonl#L7`` for a
    line of a JSONL file. ``meta`` holds ``format`` and, when known, ``date``, ``source``,
    ``url``, ``author``, ``encoding`` … (all strings).
    """

    path: str
    title: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def iter_sources(path: Path, max_bytes: int) -> Iterator[SourceText | InputError]:
    """Every document under ``path`` (a file or a directory, recursively), or the error of each
    file or JSONL line that cannot be read; a bad input never stops the others."""
    if path.is_dir():
        for file in iter_files(path):
            yield from _iter_file(file, max_bytes)
    else:
        yield from _iter_file(path, max_bytes)


def iter_files(path: Path) -> Iterator[Path]:
    """The supported files under a directory, recursively, sorted; hidden entries and sidecars
    are skipped, symlinked directories are not followed. A file is yielded as it is."""
    if not path.is_dir():
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.lower().endswith(SIDECAR_SUFFIX):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield Path(root) / name


def read_report(path: Path, max_bytes: int) -> SourceText:
    """Read a single-document file (TXT/MD/PDF/DOCX/HTML); raise ``InputError`` naming the file
    and the reason. JSONL files hold many documents: read them with ``iter_sources``."""
    _check_file(path, max_bytes)
    if path.suffix.lower() in JSONL_SUFFIXES:
        raise InputError(f"{path}: a JSONL file holds one document per line; use iter_sources")
    try:
        return _read_single(path, max_bytes)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata (title, source, date …) from ``FILE.meta.json`` beside a report, if any."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        if sidecar.stat().st_size > 1 << 20:
            raise InputError(f"{sidecar}: metadata file over 1 MiB")
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InputError(f"{sidecar}: unreadable metadata: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: metadata must be a JSON object")
    return {
        str(k): str(v)
        for k, v in data.items()
        if isinstance(v, str | int | float) and not isinstance(v, bool)
    }


def decode_text(data: bytes, name: str) -> str:
    """Decode a text file's bytes (UTF-8, GB18030/GBK, Big5, UTF-16/32; BOMs allowed); reject
    empty, binary and badly encoded input with an ``InputError`` naming ``name``."""
    return decode_bytes(data, name)[0]


def guess_title(text: str, fallback: str) -> str:
    """The first non-empty line, shortened, else ``fallback``."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:60]
    return fallback


# ---- internals -------------------------------------------------------------------------------


def _check_file(path: Path, max_bytes: int) -> int:
    """The file's size, after the checks that need no reading."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        hint = "; save it as .docx" if suffix == ".doc" else ""
        raise InputError(
            f"{path}: unsupported format {path.suffix or '(none)'}{hint}; "
            f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    size = path.stat().st_size
    if size == 0:
        raise InputError(f"{path}: the file is empty")
    if size > max_bytes and suffix not in JSONL_SUFFIXES:
        raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
    return size


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """At most ``max_bytes`` bytes; a file that grew past the limit since ``stat`` is refused."""
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{path}: over the limit of {max_bytes} bytes")
    return data


def _read_single(path: Path, max_bytes: int) -> SourceText:
    _check_file(path, max_bytes)
    data = _read_bytes(path, max_bytes)
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES:
        from chainkg.ingest.formats.pdf import read_pdf

        got = read_pdf(data, name, max_bytes)
    elif suffix in DOCX_SUFFIXES:
        from chainkg.ingest.formats.word import read_docx

        got = read_docx(data, name, max_bytes)
    elif suffix in HTML_SUFFIXES:
        from chainkg.ingest.formats.web import read_html

        got = read_html(data, name)
    else:
        got = _read_text(data, name, markdown=suffix in MARKDOWN_SUFFIXES)
    return _source(name, got, read_sidecar(path), path.stem)


def _read_text(data: bytes, name: str, *, markdown: bool) -> Extracted:
    text, encoding = decode_bytes(data, name)
    if markdown:  # markup blanked with spaces, so offsets stay those of the file
        text = _MD_MARKUP.sub(lambda m: " " * len(m.group()), text)
        if not text.strip():
            raise InputError(f"{name}: the file has no text, only Markdown markup")
    return Extracted(
        text=text, meta={"format": "markdown" if markdown else "text", "encoding": encoding}
    )


def _source(path: str, got: Extracted, sidecar: dict[str, str], stem: str) -> SourceText:
    """The sidecar's metadata overrides what the file says about itself."""
    meta = {**got.meta, **sidecar}
    title = sidecar.get("title") or got.title or guess_title(got.text, stem)
    return SourceText(path=got.path or path, title=title, text=got.text, meta=meta)


def _iter_file(path: Path, max_bytes: int) -> Iterator[SourceText | InputError]:
    try:
        _check_file(path, max_bytes)
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _iter_jsonl(path, max_bytes)
        else:
            yield _read_single(path, max_bytes)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{path}: cannot read: {exc.strerror or exc}")


def _iter_jsonl(path: Path, max_bytes: int) -> Iterator[SourceText | InputError]:
    from chainkg.ingest.formats.jsonl import iter_jsonl

    defaults = read_sidecar(path)  # applies to every line; a line's own fields win
    defaults.pop("title", None)
    defaults.pop("id", None)
    for item in iter_jsonl(path, max_bytes):
        if isinstance(item, InputError):
            yield item
            continue
        meta = {**defaults, **item.meta}
        title = item.title or guess_title(item.text, item.path.rsplit("#", 1)[-1])
        yield SourceText(path=item.path, title=title, text=item.text, meta=meta)
