from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.readers import read_report


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_reads_utf8_with_bom_and_takes_first_line_as_title(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "\ufeff开发区报告\n正文".encode())
    src = read_report(p, 1000)
    assert src.title == "开发区报告"
    assert src.text.startswith("开发区报告")


def test_markdown_markup_is_blanked_keeping_offsets(tmp_path: Path) -> None:
    raw = "# 标题\n- 阳泉高新区\n"
    src = read_report(write(tmp_path, "r.md", raw.encode()), 1000)
    assert len(src.text) == len(raw)
    assert src.text.index("阳泉高新区") == raw.index("阳泉高新区")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"  \n", "empty"),
        ("bin.txt", b"\x00\x01\x02abc", "binary"),
        ("gbk.txt", "开发区".encode("gbk"), "not valid UTF-8"),
        ("big.txt", "开".encode() * 400, "over the limit"),
        ("r.exe", b"abc", "unsupported format"),
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


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "nope.txt", 1000)


def test_sidecar_metadata_gives_the_title(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "第一行不是标题\n正文".encode())
    (tmp_path / "r.txt.meta.json").write_text('{"title": "开发区年报", "date": "2024"}')
    src = read_report(p, 1000)
    assert src.title == "开发区年报"
    assert src.meta == {"title": "开发区年报", "date": "2024"}


def test_bad_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", "正文".encode())
    (tmp_path / "r.txt.meta.json").write_text("{not json")
    with pytest.raises(InputError, match=r"r\.txt\.meta\.json"):
        read_report(p, 1000)
