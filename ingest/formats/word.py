"""DOCX (python-docx): body paragraphs and tables in document order, core properties as metadata.

Each paragraph is one line; each table row is one line with its cells joined by '，' (a clause
break for the extractor, so two names in neighbouring cells never run together; a tab or space
would be removed by ``repair`` next to CJK text). Headers, footers and comments are left out: they
repeat on every page and are not the report's text.

The archive is checked before python-docx opens it (it loads every part into memory): it must be
a ZIP with a ``word/document.xml`` part, and its parts may not inflate past ``INFLATE_FACTOR``
times the size limit — a guard against ZIP bombs.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from chainkg.errors import InputError
from chainkg.ingest.formats.common import Extracted, clean_title, iso_date, real_author

INFLATE_FACTOR = 10
_MAX_DEPTH = 16  # tables in table cells and content controls, followed this deep
_CELL_SEP = "，"
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


def read_docx(data: bytes, name: str, max_bytes: int) -> Extracted:
    """Text, title and metadata of a .docx; ``InputError`` for anything that is not one."""
    _check_archive(data, name, max_bytes)
    try:
        doc = Document(io.BytesIO(data))
        lines = list(_block_lines(doc.element.body, doc, 0))
        props = doc.core_properties
        title = clean_title(props.title)
        meta = {"format": "docx"}
        author = real_author(props.author)
        if author:
            meta["author"] = author
            meta["source"] = author
        if props.subject and props.subject.strip():
            meta["subject"] = " ".join(props.subject.split())[:200]
        when = iso_date(props.created) or iso_date(props.modified)
        if when:
            meta["date"] = when
    except InputError:
        raise
    except Exception as exc:  # python-docx and lxml raise many types on broken parts
        raise InputError(f"{name}: malformed DOCX: {type(exc).__name__}: {exc}"[:500]) from exc
    text = "\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise InputError(f"{name}: the DOCX has no text")
    return Extracted(text=text, title=title, meta=meta)


def _check_archive(data: bytes, name: str, max_bytes: int) -> None:
    if not data.startswith(b"PK"):
        kind = "an old binary Word file (.doc); save it as .docx" if data.startswith(
            b"\xd0\xcf\x11\xe0"
        ) else "not a ZIP archive"
        raise InputError(f"{name}: not a DOCX file ({kind})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{name}: not a DOCX file (broken ZIP archive: {exc})") from exc
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise InputError(f"{name}: not a DOCX file (the archive has no word/document.xml)")
    inflated = sum(i.file_size for i in infos)
    if inflated > INFLATE_FACTOR * max_bytes:
        raise InputError(
            f"{name}: the DOCX inflates to {inflated} bytes, over {INFLATE_FACTOR}× the limit of "
            f"{max_bytes} bytes (a ZIP bomb?)"
        )


def _block_lines(parent: etree._Element, doc: DocxDocument, depth: int) -> Iterator[str]:
    """Lines of the paragraphs and tables under a body, cell or content control, in order."""
    if depth > _MAX_DEPTH:
        return
    for child in parent:
        tag = child.tag
        if tag == _P:
            yield Paragraph(cast(CT_P, child), doc).text
        elif tag == _TBL:
            yield from _table_lines(Table(cast(CT_Tbl, child), doc), doc, depth + 1)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_lines(content, doc, depth + 1)


def _table_lines(table: Table, doc: DocxDocument, depth: int) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: list[CT_Tc] = []
        for cell in row.cells:
            tc = cell._tc
            if any(tc is s for s in seen):  # a merged cell is listed once per column it spans
                continue
            seen.append(tc)
            text = _cell_text(cell, doc, depth)
            if text:
                cells.append(text)
        if cells:
            yield _CELL_SEP.join(cells)


def _cell_text(cell: _Cell, doc: DocxDocument, depth: int) -> str:
    parts = [" ".join(line.split()) for line in _block_lines(cell._tc, doc, depth)]
    return " ".join(p for p in parts if p)
