"""Text files: every encoding Chinese reports come in is detected; binary is rejected."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.formats.encoding import decode_bytes
from chainkg.ingest.readers import read_report
from tests.fixtures.formats.builders import PARAGRAPHS

TEXT = "\n".join(PARAGRAPHS)
TRADITIONAL = "運城市經濟開發區管委會牽頭組建產教聯合體，聚合54家企業。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
        ("开发区".encode("gbk"), "gb18030"),  # short GBK is still GBK
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # Chinese without BOM
        ("阳泉高新区 annual report 2024".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data, "r.txt")
    assert found == encoding
    assert text.removeprefix("\ufeff") == text
    assert text in (TEXT, "开发区", "阳泉高新区 annual report 2024")


def test_big5_traditional_chinese() -> None:
    assert decode_bytes(TRADITIONAL.encode("big5"), "tw.txt") == (TRADITIONAL, "big5")


def test_the_whole_sample_report_in_gbk(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "data/samples/shanxi_devzones_2024.txt"
    text = sample.read_text(encoding="utf-8")
    p = tmp_path / "gbk.txt"
    p.write_bytes(text.encode("gb18030"))
    src = read_report(p, 1 << 20)
    assert src.text == text
    assert src.meta["encoding"] == "gb18030"


@pytest.mark.parametrize("seed", range(20))
def test_random_binary_is_rejected_not_decoded(seed: int) -> None:
    rnd = random.Random(seed)
    data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(64, 4096)))
    with pytest.raises(InputError, match=r"^bin\.txt: .*(binary|invalid byte sequence)"):
        decode_bytes(data, "bin.txt")


def test_utf8_read_as_gbk_would_be_mojibake_so_a_broken_utf8_file_is_refused() -> None:
    head = TEXT[:12].encode("utf-8")
    broken = head + b"\xff" + TEXT[12:].encode("utf-8")
    expected = rf"invalid byte sequence: not valid UTF-8 at byte {len(head)} "
    with pytest.raises(InputError, match=expected):
        decode_bytes(broken, "broken.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \r\n\t ", "empty"),
        (b"\xef\xbb\xbf  ", "no text"),
        (b"%PDF-1.7\n...", "binary file (a PDF document)"),
        (b"PK\x03\x04" + bytes(40), "binary file (a ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "binary file (an executable"),
        (b"abc\x00\x01\x02def" * 10, "binary"),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "invalid byte sequence"),  # lone UTF-16 surrogates
        ("报告\x01\x02\x03\x04\x05".encode() * 5, "binary"),
    ],
)
def test_bad_text_input(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")
    assert reason in str(info.value)
