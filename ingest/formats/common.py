"""What every format reader shares: the result type, the binary sniffer, metadata helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from chainkg.errors import InputError


@dataclass(slots=True)
class Extracted:
    """A document as one format reader sees it, before sidecar metadata is merged in."""

    text: str
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    path: str = ""  # the document's own name when a file holds many (JSONL: FILE#id, FILE#L3)


# Leading bytes of file types that are sometimes misnamed as text. (signature, what it is)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, …)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (DOC, XLS, …)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)


def sniff_binary(data: bytes) -> str | None:
    """What a known binary file type ``data`` starts with is, or ``None``."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def require_text(text: str, name: str, what: str) -> str:
    """``text`` unless it is blank; then an ``InputError`` saying the ``what`` has no text."""
    if not text.strip():
        raise InputError(f"{name}: {what} has no text")
    return text


_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_ISO_DATE = re.compile(r"(\d{4})[-/年.](\d{1,2})(?:[-/月.](\d{1,2}))?")


def iso_date(value: object) -> str:
    """``YYYY-MM-DD`` (or ``YYYY-MM``, ``YYYY``) from a datetime or a date-like string, else ''."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return ""
    s = value.strip()
    m = _ISO_DATE.search(s)
    if m:
        y, mo, d = m.group(1), int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return y
        if d and 1 <= int(d) <= 31:
            return f"{y}-{mo:02d}-{int(d):02d}"
        return f"{y}-{mo:02d}"
    m = _PDF_DATE.match(s)
    if m:
        y, mo_s, d_s = m.groups()
        if mo_s and 1 <= int(mo_s) <= 12:
            if d_s and 1 <= int(d_s) <= 31:
                return f"{y}-{mo_s}-{d_s}"
            return f"{y}-{mo_s}"
        return y
    return ""


# Author fields that name a machine or a template, not the publisher of a report.
_PLACEHOLDER_AUTHORS = {
    "", "admin", "administrator", "user", "owner", "python-docx", "microsoft office user",
    "微软用户", "windows 用户", "windows user", "unknown", "anonymous", "作者",
}


def real_author(value: object) -> str:
    """An author field worth reporting as the source, or '' for placeholders."""
    if not isinstance(value, str):
        return ""
    s = " ".join(value.split())
    return "" if s.lower() in _PLACEHOLDER_AUTHORS else s[:200]


_FILENAME_TITLE = re.compile(
    r"^(?:Microsoft (?:Word|PowerPoint|Excel) - )?(.*?)"
    r"(?:\.(?:docx?|wps|pdf|pptx?|xlsx?|txt))?$",
    re.I,
)


def clean_title(value: object) -> str:
    """A metadata title without 'Microsoft Word - ' and file extensions; '' if it says nothing."""
    if not isinstance(value, str):
        return ""
    s = " ".join(value.split())
    m = _FILENAME_TITLE.match(s)
    s = (m.group(1) if m else s).strip()
    if s.lower() in {"untitled", "无标题", "title", "document", "文档1", "文档"}:
        return ""
    return s[:200]
