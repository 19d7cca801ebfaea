"""HTML: the main text without navigation and boilerplate; title, date and source; bad pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.errors import InputError
from chainkg.ingest.readers import read_report
from tests.fixtures.formats.builders import PARAGRAPHS, html_page

BOILERPLATE = ("首页", "政务公开", "当前位置", "相关阅读", "分享到", "版权所有", "脚本里的标题",
               "font:", "晋ICP备", "无障碍浏览")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_main_text_without_navigation_scripts_or_footer(tmp_path: Path) -> None:
    page = html_page(PARAGRAPHS, title="开发区高质量发展", h1="项目建设向“新”突破")
    src = read_report(write(tmp_path, "a.html", page.encode()), 1 << 20)
    assert src.text.split("\n") == list(PARAGRAPHS)
    for junk in BOILERPLATE:
        assert junk not in src.text


def test_title_date_source_and_url(tmp_path: Path) -> None:
    page = html_page(PARAGRAPHS, title="开发区高质量发展", h1="项目建设向“新”突破",
                     date="2024-06-01 10:30")
    src = read_report(write(tmp_path, "a.htm", page.encode()), 1 << 20)
    assert src.title == "项目建设向“新”突破"
    assert src.meta["date"] == "2024-06-01"
    assert src.meta["source"] == "山西省商务厅"
    assert src.meta["url"] == "https://example.gov.cn/art/1.html"
    assert src.meta["format"] == "html"


def test_title_tag_without_site_name_when_there_is_no_h1(tmp_path: Path) -> None:
    page = html_page(PARAGRAPHS, title="开发区高质量发展亮点", h1="")
    assert read_report(write(tmp_path, "a.html", page.encode()), 1 << 20).title == (
        "开发区高质量发展亮点"
    )


def test_gbk_page_with_its_charset_declared(tmp_path: Path) -> None:
    page = html_page(PARAGRAPHS, title="标题", h1="标题", charset="gb2312")
    src = read_report(write(tmp_path, "gbk.html", page.encode("gbk")), 1 << 20)
    assert src.text.split("\n") == list(PARAGRAPHS)


def test_gbk_page_declared_utf8_is_still_decoded(tmp_path: Path) -> None:
    page = html_page(PARAGRAPHS, title="标题", h1="标题", charset="utf-8")
    src = read_report(write(tmp_path, "liar.html", page.encode("gbk")), 1 << 20)
    assert PARAGRAPHS[1] in src.text


def test_table_rows_become_lines_of_cells(tmp_path: Path) -> None:
    page = (
        "<html><body><article><p>"
        + PARAGRAPHS[0]
        + "</p><table><tr><th>园区</th><th>投资</th></tr>"
        "<tr><td><p>临宜环保科技产业园</p></td><td>9.4亿元</td></tr></table>"
        "<p>第二段<br>换行之后。</p></article></body></html>"
    )
    src = read_report(write(tmp_path, "t.html", page.encode()), 1 << 20)
    assert src.text.split("\n") == [
        PARAGRAPHS[0], "园区，投资", "临宜环保科技产业园，9.4亿元", "第二段", "换行之后。"
    ]


def test_plain_page_without_containers_keeps_its_text(tmp_path: Path) -> None:
    src = read_report(write(tmp_path, "p.html", f"<p>{PARAGRAPHS[2]}".encode()), 1 << 20)
    assert src.text == PARAGRAPHS[2]


def test_deeply_nested_page_does_not_break_the_reader(tmp_path: Path) -> None:
    page = "<div>" * 50_000 + PARAGRAPHS[0] + "</div>" * 50_000
    p = write(tmp_path, "deep.html", ("<p>" + PARAGRAPHS[1] + "</p>" + page).encode())
    assert PARAGRAPHS[1] in read_report(p, 1 << 20).text


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("nav.html", html_page([], title="空").encode(), "no text"),
        ("script.html", b"<html><script>var a = '\xe6\x96\x87';</script></html>", "no text"),
        ("blank.html", b"   \n ", "empty"),
        ("png.html", b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
        ("bad.html", b"<p>" + bytes(range(128, 256)) * 8 + b"</p>", "invalid byte sequence"),
    ],
)
def test_pages_without_text_name_the_file_and_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(InputError) as info:
        read_report(write(tmp_path, name, data), 1 << 20)
    assert name in str(info.value)
    assert reason in str(info.value)


LAYOUT_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于开发区的通知-山西省人民政府</title></head>
<body><table width="100%"><tr><td class="nav"><a href="/">首页</a> <a href="/a">机构</a></td></tr>
<tr><td><table><tr>
<td width="200"><a href="/x">左侧栏目一</a><br><a href="/y">左侧栏目二</a></td>
<td><div align="center"><b>关于开发区的通知</b></div>
<p>各市人民政府，省直各有关部门：</p>
<p>一、阳泉高新区与太原理工大学共建实训基地，联合培养人才。</p>
<table border="1"><tr><td>园区</td><td>投资</td></tr>
<tr><td>临宜环保科技产业园</td><td>9.4亿元</td></tr></table>
<p style="display:none">隐藏的文字</p>
</td></tr></table></td></tr>
<tr><td>版权所有 山西省人民政府</td></tr></table></body></html>"""


def test_old_table_layout_page_keeps_paragraphs_and_data_rows(tmp_path: Path) -> None:
    p = write(tmp_path, "layout.html", LAYOUT_PAGE.encode("gbk"))
    src = read_report(p, 1 << 20)
    assert src.title == "关于开发区的通知"
    assert src.text.split("\n") == [
        "关于开发区的通知",
        "各市人民政府，省直各有关部门：",
        "一、阳泉高新区与太原理工大学共建实训基地，联合培养人才。",
        "园区，投资",
        "临宜环保科技产业园，9.4亿元",
    ]


def test_paragraphs_in_separate_wrappers_are_all_kept(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='content'>"
        f"<div><p>{PARAGRAPHS[0]}</p></div><div><p>{PARAGRAPHS[1]}</p></div></div>"
        "<div><a href='1'>链接一</a><a href='2'>链接二</a></div></body></html>"
    )
    src = read_report(write(tmp_path, "two.html", page.encode()), 1 << 20)
    assert src.text.split("\n") == [PARAGRAPHS[0], PARAGRAPHS[1]]
