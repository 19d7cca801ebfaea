"""Reading report files into text, with clear errors for input that cannot be used."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import InputError

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
_MD_MARKUP = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SourceText:
    """A report's text as read, with a title and where it came from."""

    path: str
    title: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)


def read_report(path: Path, max_bytes: int) -> SourceText:
    """Read a UTF-8 text or Markdown report; raise ``InputError`` naming the file and reason."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError(
            f"{path}: unsupported format {path.suffix or '(none)'}; "
            f"supported: {', '.join(sorted(TEXT_SUFFIXES))}"
        )
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes")
    data = path.read_bytes()
    text = decode_text(data, str(path))
    if path.suffix.lower() in {".md", ".markdown"}:
        text = _MD_MARKUP.sub(lambda m: " " * len(m.group()), text)
    meta = read_sidecar(path)
    title = meta.get("title") or guess_title(text, path.stem)
    return SourceText(path=str(path), title=title, text=text, meta=meta)


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata (title, source, date …) from ``FILE.meta.json`` beside a report, if any."""
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{sidecar}: unreadable metadata: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{sidecar}: metadata must be a JSON object")
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str | int | float)}


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is allowed); reject empty, binary and badly encoded input."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start} ({exc.reason}); convert it to UTF-8 first"
        ) from exc
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text


def guess_title(text: str, fallback: str) -> str:
    """The first non-empty line, shortened, else ``fallback``."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:60]
    return fallback
