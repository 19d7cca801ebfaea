"""Decoding text files: UTF-8, GB18030/GBK, Big5 and UTF-16/32, detected; binary rejected.

Detection is an explicit list of the encodings Chinese reports come in, tried strictly in order,
each non-UTF-8 result accepted only when it reads like Chinese: most of its non-ASCII characters
must be common characters of that encoding (GB2312 for GB18030/GBK, Big5 level 1 for Big5).
Mis-decoded bytes — UTF-8 read as GBK, Big5 read as GBK, random binary — are spread over rare
characters and score far lower (≈0.3 against ≥0.95 for real text), so they are rejected rather
than "decoded". A general-purpose detector would guess *some* encoding for random bytes and still
need this check; the explicit list also keeps the choice predictable.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import suppress
from functools import lru_cache

from chainkg.errors import InputError
from chainkg.ingest.formats.common import sniff_binary

# (BOM, codec) — UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MIN_SCORE = 0.8  # share of non-ASCII characters that must be common in the candidate encoding
_SAMPLE_CHARS = 200_000  # characters scored / checked character by character (start of text)
# C0 controls other than whitespace, DEL, C1 controls, private use, non-characters: not text.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
_MAX_NOT_TEXT = 0.01
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def _gb2312() -> frozenset[str]:
    """Every character of GB2312 (symbols and both levels of Hanzi: 7,445 characters)."""
    return frozenset(_decode_all("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)))


@lru_cache(maxsize=1)
def _big5_common() -> frozenset[str]:
    """Big5 symbols and level-1 (frequently used) Hanzi."""
    trail = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    return frozenset(_decode_all("big5", range(0xA1, 0xC7), trail))


@lru_cache(maxsize=1)
def _common_cjk() -> frozenset[str]:
    return _gb2312() | _big5_common()


def _decode_all(codec: str, leads: range, trails: range | list[int]) -> list[str]:
    out = []
    for a in leads:
        for b in trails:
            with suppress(UnicodeDecodeError):
                out.append(bytes((a, b)).decode(codec))
    return out


def common_share(text: str, common: frozenset[str]) -> float:
    """Share of the non-ASCII characters (in the first part of ``text``) that are in ``common``."""
    total = hits = 0
    for ch in text[:_SAMPLE_CHARS]:
        if ch >= "\x80":
            total += 1
            hits += ch in common
    return hits / total if total else 1.0


def check_is_text(text: str, name: str, encoding: str) -> None:
    """Reject decoded text that is mostly control, private-use or unassigned characters."""
    bad = len(_NOT_TEXT.findall(text))
    sample = text[:_SAMPLE_CHARS]
    bad_sample = sum(1 for ch in sample if ch >= "\u0370" and unicodedata.category(ch) == "Cn")
    if bad > _MAX_NOT_TEXT * len(text) or bad_sample > _MAX_NOT_TEXT * len(sample):
        raise InputError(
            f"{name}: looks like a binary file, not text (decoded as {encoding}, it is full of "
            "control or unassigned characters)"
        )


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec when NUL bytes sit at every other position, as in ASCII-heavy UTF-16."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:8192]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _plausible_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order in which ``data`` reads as Chinese text, if one does."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if common_share(text, _common_cjk()) >= _MIN_SCORE:
            return codec
    return None


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding)`` of a text file's bytes; ``InputError`` naming ``name`` otherwise."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: invalid byte sequence: starts with a {codec.upper()} byte-order "
                    f"mark but byte {exc.start} is not valid {codec.upper()} ({exc.reason})"
                ) from exc
            text = text.removeprefix("\ufeff")
            check_is_text(text, name, codec)
            return _nonblank(text, name), codec.removesuffix("-sig")
    what = sniff_binary(data)
    if what:
        raise InputError(f"{name}: binary file ({what}), not text")
    if b"\x00" in data[:8192]:
        utf16 = _utf16_without_bom(data) or _plausible_utf16(data)
        if utf16 is None:
            raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not text")
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: invalid byte sequence: looks like {utf16.upper()} but byte {exc.start} "
                f"is not valid ({exc.reason})"
            ) from exc
        check_is_text(text, name, utf16)
        return _nonblank(text, name), utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        check_is_text(text, name, "utf-8")
        return _nonblank(text, name), "utf-8"
    for codec, common in (
        ("gb18030", _gb2312()),
        ("big5", _big5_common()),
        ("utf-16-le", _common_cjk()),
        ("utf-16-be", _common_cjk()),
    ):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if common_share(text, common) >= _MIN_SCORE:
            check_is_text(text, name, codec)
            return _nonblank(text, name), codec
    head = data[:8192]
    if len(_CONTROL_BYTES.findall(head)) > _MAX_NOT_TEXT * len(head):
        raise InputError(
            f"{name}: looks like a binary file (control bytes, and no text encoding fits), "
            "not text"
        )
    raise InputError(
        f"{name}: invalid byte sequence: not valid UTF-8 at byte {utf8_error.start} "
        f"({utf8_error.reason}), and it does not read as GB18030/GBK, Big5 or UTF-16 text "
        "either; convert it to UTF-8"
    )


def _nonblank(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the file has no text")
    return text
