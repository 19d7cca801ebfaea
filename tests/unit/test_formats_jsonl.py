"""JSONL: one document per line with metadata; a bad line is reported and the rest still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.readers import SourceText, iter_sources, read_report
from tests.fixtures.formats.builders import PARAGRAPHS, jsonl_bytes


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def split(items: list[SourceText | InputError]) -> tuple[list[SourceText], list[str]]:
    docs = [i for i in items if isinstance(i, SourceText)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    return docs, errors


def test_each_line_is_a_document_with_its_metadata(tmp_path: Path) -> None:
    p = write(tmp_path, "docs.jsonl", jsonl_bytes([
        {"id": "sx-001", "text": PARAGRAPHS[0], "title": "产教联合体", "date": "2024-06-01",
         "source": "科学导报", "province": "山西"},
        {"text": PARAGRAPHS[1], "url": "https://example.gov.cn/a/2.html", "date": "2024年5月8日"},
        {"id": 17, "text": PARAGRAPHS[2]},
    ]))
    docs, errors = split(list(iter_sources(p, 1 << 20)))
    assert errors == []
    assert [d.text for d in docs] == list(PARAGRAPHS)
    assert [d.path for d in docs] == [f"{p}#sx-001", f"{p}#L2", f"{p}#17"]
    first, second, third = docs
    assert first.title == "产教联合体"
    assert first.meta["date"] == "2024-06-01"
    assert first.meta["source"] == "科学导报"
    assert first.meta["province"] == "山西"
    assert first.meta["format"] == "jsonl"
    assert second.meta["url"] == second.meta["source"] == "https://example.gov.cn/a/2.html"
    assert second.meta["date"] == "2024-05-08"
    assert second.title == PARAGRAPHS[1][:60]
    assert third.meta["line"] == "3"


def test_bad_lines_name_file_and_line_and_the_rest_is_read(tmp_path: Path) -> None:
    good = jsonl_bytes([{"text": PARAGRAPHS[0], "id": "a"}])
    lines = [
        good,                                       # 1 ok
        b"\n",                                      # 2 blank: skipped silently
        b"{not json}\n",                            # 3
        b'{"title": "no text"}\n',                  # 4
        b'{"text": 42}\n',                          # 5
        b'{"text": "   "}\n',                        # 6
        b'["text"]\n',                              # 7
        '{"text": "编码"}'.encode("gbk") + b"\n",    # 8
        b'{"text": "ok", "id": "a"}\n',             # 9 duplicate id
        b"[" * 100_000 + b"\n",                     # 10 nesting bomb
        b'{"text": "' + b"9" * 5000 + b'", "n": ' + b"9" * 5000 + b"}\n",  # 11 huge integer
        jsonl_bytes([{"text": PARAGRAPHS[1]}]),     # 12 ok
    ]
    p = write(tmp_path, "mixed.jsonl", b"".join(lines))
    docs, errors = split(list(iter_sources(p, 1 << 20)))
    assert [d.text for d in docs] == [PARAGRAPHS[0], PARAGRAPHS[1]]
    assert [d.path for d in docs] == [f"{p}#a", f"{p}#L12"]
    expected = {
        3: "invalid JSON",
        4: "field 'text' is missing",
        5: "field 'text' is a int",
        6: "field 'text' is empty",
        7: "must be a JSON object",
        8: "not valid UTF-8",
        9: "id 'a' was already used on line 1",
        10: "invalid JSON",
        11: "invalid JSON",
    }
    assert len(errors) == len(expected)
    for message, (line, reason) in zip(errors, expected.items(), strict=True):
        assert message.startswith(f"{p} line {line}: "), message
        assert reason in message, message


def test_a_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    big = jsonl_bytes([{"text": "长" * 5000}])
    data = jsonl_bytes([{"text": "短"}]) + big + jsonl_bytes([{"text": "尾"}])
    p = write(tmp_path, "big.jsonl", data)
    docs, errors = split(list(iter_sources(p, 1000)))
    assert [d.text for d in docs] == ["短", "尾"]
    assert errors == [f"{p} line 2: the line is over the limit of 1000 bytes"]


def test_a_file_that_is_not_jsonl_gives_up_early(tmp_path: Path) -> None:
    p = write(tmp_path, "table.jsonl", "名称,投资\n".encode() * 500)
    items = list(iter_sources(p, 1 << 20))
    assert len(items) == 21
    assert all(isinstance(i, InputError) for i in items)
    assert "gave up after line 20" in str(items[-1])


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"\n\n  \n", "no JSON lines"), (b"\x00\x01{}", "binary")],
)
def test_empty_or_binary_jsonl(tmp_path: Path, data: bytes, reason: str) -> None:
    p = write(tmp_path, "x.jsonl", data)
    (err,) = list(iter_sources(p, 1 << 20))
    assert isinstance(err, InputError)
    assert str(err).startswith(str(p)) and reason in str(err)


def test_sidecar_gives_defaults_for_every_line(tmp_path: Path) -> None:
    p = write(tmp_path, "d.jsonl", jsonl_bytes([{"text": "甲"}, {"text": "乙", "source": "自有"}]))
    (tmp_path / "d.jsonl.meta.json").write_text('{"source": "科学导报", "title": "不用"}')
    docs, _ = split(list(iter_sources(p, 1 << 20)))
    assert [d.meta["source"] for d in docs] == ["科学导报", "自有"]
    assert [d.title for d in docs] == ["甲", "乙"]


def test_read_report_points_to_iter_sources_for_jsonl(tmp_path: Path) -> None:
    p = write(tmp_path, "d.jsonl", jsonl_bytes([{"text": "甲"}]))
    with pytest.raises(InputError, match="iter_sources"):
        read_report(p, 1 << 20)
