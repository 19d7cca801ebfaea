"""PDF: text layer with CJK, page breaks, metadata, and every way a PDF can be unusable."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.formats.pdf import read_pdf
from chainkg.ingest.readers import iter_sources, read_report
from chainkg.ingest.repair import repair
from tests.fixtures.formats.builders import PARAGRAPHS, image_only_pdf, pdf_bytes, wrap

pytest.importorskip("reportlab", reason="reportlab (dev extra) builds the sample PDFs")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_cjk_text_layer_is_read_with_pages_joined_by_newlines(tmp_path: Path) -> None:
    data = pdf_bytes([wrap(PARAGRAPHS[0], 18), wrap(PARAGRAPHS[1], 18)])
    src = read_report(write(tmp_path, "r.pdf", data), 1 << 20)
    assert src.text.replace("\n", "") == PARAGRAPHS[0] + PARAGRAPHS[1]
    assert src.text.count("\n") == len(wrap(PARAGRAPHS[0], 18)) + len(wrap(PARAGRAPHS[1], 18)) - 1
    assert src.meta["format"] == "pdf"
    assert src.meta["pages"] == "2"


def test_repair_joins_a_name_wrapped_across_a_page_break(tmp_path: Path) -> None:
    data = pdf_bytes([["全省各开发区中，运城市经济开发"], ["区管委会牵头组建产教联合体。"]])
    src = read_report(write(tmp_path, "r.pdf", data), 1 << 20)
    assert "运城市经济开发区管委会" in repair(src.text).text


def test_title_and_author_come_from_the_metadata(tmp_path: Path) -> None:
    data = pdf_bytes([[PARAGRAPHS[2]]], title="山西开发区年报", author="山西省商务厅")
    src = read_report(write(tmp_path, "r.pdf", data), 1 << 20)
    assert src.title == "山西开发区年报"
    assert src.meta["source"] == "山西省商务厅"
    assert src.meta["date"][:2] in {"19", "20"}  # reportlab stamps a creation date


def test_a_word_export_title_loses_its_file_name_decoration(tmp_path: Path) -> None:
    data = pdf_bytes([[PARAGRAPHS[2]]], title="Microsoft Word - 开发区年报.docx")
    assert read_report(write(tmp_path, "r.pdf", data), 1 << 20).title == "开发区年报"


def test_without_a_title_the_first_line_is_the_title(tmp_path: Path) -> None:
    data = pdf_bytes([["项目建设：", PARAGRAPHS[2]]])
    assert read_report(write(tmp_path, "r.pdf", data), 1 << 20).title == "项目建设："


def test_sidecar_overrides_the_pdf_metadata(tmp_path: Path) -> None:
    p = write(tmp_path, "r.pdf", pdf_bytes([[PARAGRAPHS[2]]], title="内嵌标题"))
    (tmp_path / "r.pdf.meta.json").write_text(
        '{"title": "旁注标题", "source": "科学导报", "date": "2024"}', encoding="utf-8"
    )
    src = read_report(p, 1 << 20)
    assert (src.title, src.meta["source"], src.meta["date"]) == ("旁注标题", "科学导报", "2024")


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    data = pdf_bytes([[PARAGRAPHS[0]]], user_password="", owner_password="owner")
    src = read_report(write(tmp_path, "locked.pdf", data), 1 << 20)
    assert src.text.strip() == PARAGRAPHS[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("secret.pdf", "encrypted", "needs a password"),
        ("scan.pdf", "image", "no text layer"),
        ("cut.pdf", "truncated", "malformed PDF"),
        ("fake.pdf", "html", "not a PDF"),
        ("noise.pdf", "header-only", "malformed PDF"),
    ],
)
def test_unusable_pdfs_name_the_file_and_the_reason(
    tmp_path: Path, name: str, data: str, reason: str
) -> None:
    good = pdf_bytes([[PARAGRAPHS[0]]])
    content = {
        "encrypted": lambda: pdf_bytes([[PARAGRAPHS[0]]], user_password="secret"),
        "image": image_only_pdf,
        "truncated": lambda: good[: len(good) // 3],
        "html": lambda: b"<html><body>not a pdf</body></html>",
        "header-only": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 4,
    }[data]()
    p = write(tmp_path, name, content)
    with pytest.raises(InputError) as info:
        read_report(p, 1 << 20)
    assert name in str(info.value)
    assert reason in str(info.value)
    (err,) = list(iter_sources(p, 1 << 20))  # the batch API reports it instead of raising
    assert isinstance(err, InputError) and name in str(err)


def test_text_over_the_limit_is_refused() -> None:
    data = pdf_bytes([[PARAGRAPHS[0]] * 30] * 3)
    with pytest.raises(InputError, match="over the limit"):
        read_pdf(data, "long.pdf", max_chars=500)


def test_a_pdf_that_takes_too_long_is_abandoned(monkeypatch: pytest.MonkeyPatch) -> None:
    import chainkg.ingest.formats.pdf as pdf

    monkeypatch.setattr(pdf, "PDF_SECONDS", -1.0)
    with pytest.raises(InputError, match=r"slow\.pdf: gave up reading the PDF's text after"):
        read_pdf(pdf_bytes([[PARAGRAPHS[0]]]), "slow.pdf", max_chars=1 << 20)
