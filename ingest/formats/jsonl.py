"""JSONL: one document per line, ``{"text": …, "title", "source"/"url", "date", "id"}``.

The file is streamed line by line with a bounded read, so a huge file or a huge line never sits
in memory whole: the size limit applies to each line (each document), not to the file. A bad line
gives an ``InputError`` naming the file and the line, and reading goes on with the next line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from chainkg.errors import InputError
from chainkg.ingest.formats.common import Extracted, iso_date, sniff_binary
from chainkg.ingest.formats.encoding import check_is_text

_KNOWN = ("title", "source", "url", "date", "id")
_MAX_EXTRA = 500  # longest extra scalar field kept in the metadata
MAX_BAD_LINES = 1000  # after this many bad lines the file is given up with one more error
_FIRST_LINES_ALL_BAD = 20  # …and sooner if none of the first lines is a document


def iter_jsonl(path: Path, max_bytes: int) -> Iterator[Extracted | InputError]:
    """Each line's document, or an ``InputError`` naming ``path`` and the line number."""
    name = str(path)
    with path.open("rb") as fh:
        head = fh.read(8192)
        what = sniff_binary(head)
        if what or b"\x00" in head:
            yield InputError(f"{name}: binary file ({what or 'it contains NUL bytes'}), not JSONL")
            return
        fh.seek(0)
        seen: dict[str, int] = {}
        bad = good = 0
        for lineno, line in _lines(fh, max_bytes):
            if isinstance(line, InputError):
                item: Extracted | InputError = InputError(f"{name} line {lineno}: {line}")
            else:
                item = _document(line, name, lineno, seen)
            if isinstance(item, InputError):
                bad += 1
                yield item
                if bad >= MAX_BAD_LINES or (good == 0 and bad >= _FIRST_LINES_ALL_BAD):
                    yield InputError(
                        f"{name}: gave up after line {lineno}: {bad} bad lines"
                        + (" and no document before them; is it JSONL?" if good == 0 else "")
                    )
                    return
            else:
                good += 1
                yield item
        if good == 0 and bad == 0:
            yield InputError(f"{name}: the file is empty (no JSON lines)")


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | InputError]]:
    """Non-blank lines with their numbers; a line over ``max_bytes`` is skipped, not read."""
    lineno = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # skip the rest of the long line in bounded chunks
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, InputError(f"the line is over the limit of {max_bytes} bytes")
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if line.strip():
            yield lineno, line


def _document(line: bytes, name: str, lineno: int, seen: dict[str, int]) -> Extracted | InputError:
    where = f"{name} line {lineno}"
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return InputError(
            f"{where}: invalid byte sequence: not valid UTF-8 at byte {exc.start} of the line "
            f"({exc.reason})"
        )
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, too-long integers
        return InputError(f"{where}: invalid JSON: {exc}"[:300])
    if not isinstance(record, dict):
        return InputError(f"{where}: a line must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return InputError(f"{where}: field 'text' is {what}")
    if not text.strip():
        return InputError(f"{where}: field 'text' is empty")
    try:
        check_is_text(text, where, "JSON")
    except InputError as exc:
        return exc
    meta: dict[str, str] = {"format": "jsonl", "line": str(lineno)}
    for key in _KNOWN:
        value = record.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            value = " ".join(str(value).split())
            if value:
                meta[key] = value[:_MAX_EXTRA]
    for key, value in record.items():
        if key in meta or key == "text" or not isinstance(key, str):
            continue
        scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if scalar and len(str(value)) <= _MAX_EXTRA:
            meta[key] = str(value)
    if "date" in meta:
        meta["date"] = iso_date(meta["date"]) or meta["date"]
    if "source" not in meta and "url" in meta:
        meta["source"] = meta["url"]
    doc_id = meta.get("id", "")
    if doc_id:
        if doc_id in seen:
            return InputError(f"{where}: id {doc_id!r} was already used on line {seen[doc_id]}")
        seen[doc_id] = lineno
        path = f"{name}#{doc_id}"
    else:
        path = f"{name}#L{lineno}"
    return Extracted(text=text, title=meta.get("title", ""), meta=meta, path=path)
