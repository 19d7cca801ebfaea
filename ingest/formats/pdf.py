"""PDF: the text layer (pypdf), pages joined by a newline, title/author/date from the metadata.

pypdf is pure Python, actively maintained, maps CJK text through embedded ToUnicode maps and the
predefined Adobe CMaps (UniGB-UCS2-H …), and bounds decompression (its filters refuse streams
that inflate past fixed limits). Text is kept as pypdf lays it out, one line per PDF line, so
``repair`` can join the lines the layout wrapped, also across page breaks.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from chainkg.errors import InputError
from chainkg.ingest.formats.common import Extracted, clean_title, iso_date, real_author

# A text layer that takes longer than this is abandoned (checked between pages).
PDF_SECONDS = 120.0


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes to a broken file; the outcome is what we report."""
    logger = logging.getLogger("pypdf")
    old = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(old)


def read_pdf(data: bytes, name: str, max_chars: int) -> Extracted:
    """Text, title and metadata of a PDF; ``InputError`` for encrypted, broken or image PDFs."""
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{name}: not a PDF (no %PDF- header)")
    with _quiet_pypdf():
        try:
            return _read(data, name, max_chars)
        except InputError:
            raise
        except Exception as exc:  # pypdf raises many types on hostile input; all mean "broken"
            raise InputError(f"{name}: malformed PDF: {type(exc).__name__}: {exc}"[:500]) from exc


def _read(data: bytes, name: str, max_chars: int) -> Extracted:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except (DependencyError, NotImplementedError) as exc:
            raise InputError(f"{name}: encrypted PDF this reader cannot open ({exc})") from exc
        if not opened:
            raise InputError(f"{name}: encrypted PDF: it needs a password to open")
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError as exc:
        raise InputError(f"{name}: encrypted PDF: {exc}") from exc
    except PdfReadError as exc:
        raise InputError(f"{name}: malformed PDF: {exc}") from exc
    if count == 0:
        raise InputError(f"{name}: the PDF has no pages")
    started = time.monotonic()
    parts: list[str] = []
    total = 0
    for i in range(count):
        if time.monotonic() - started > PDF_SECONDS:
            raise InputError(
                f"{name}: gave up reading the PDF's text after {PDF_SECONDS:.0f} s (page {i + 1} "
                f"of {count}); the file is too complex or damaged"
            )
        text = pages[i].extract_text() or ""
        text = text.replace("\x00", "").strip("\n")
        total += len(text) + 1
        if total > max_chars:
            raise InputError(
                f"{name}: the PDF's text is over the limit of {max_chars} characters"
            )
        parts.append(text)
    body = "\n".join(parts)
    if not body.strip():
        raise InputError(
            f"{name}: the PDF has no text layer (scanned pages?); run OCR on it first"
        )
    info = _info(reader)
    return Extracted(text=body, title=clean_title(info.get("/Title")), meta=_meta(info, count))


def _info(reader: PdfReader) -> dict[str, object]:
    try:
        info = reader.metadata
    except Exception:  # a broken /Info dictionary loses the metadata, not the text
        return {}
    if not info:
        return {}
    out: dict[str, object] = {}
    for key in ("/Title", "/Author", "/Subject", "/CreationDate", "/ModDate"):
        try:
            value = info.get(key)
        except Exception:
            continue
        if value is not None:
            out[key] = value if isinstance(value, str) else str(value)
    return out


def _meta(info: dict[str, object], pages: int) -> dict[str, str]:
    meta = {"format": "pdf", "pages": str(pages)}
    author = real_author(info.get("/Author"))
    if author:
        meta["author"] = author
        meta["source"] = author
    subject = info.get("/Subject")
    if isinstance(subject, str) and subject.strip():
        meta["subject"] = " ".join(subject.split())[:200]
    when = iso_date(info.get("/CreationDate")) or iso_date(info.get("/ModDate"))
    if when:
        meta["date"] = when
    return meta
