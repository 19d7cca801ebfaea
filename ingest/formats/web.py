"""HTML: the page's main text, without navigation, scripts, styles and boilerplate (lxml).

Steps: decode (BOM, then the declared charset, then detection as for text files) → parse with
lxml (libxml2 caps the tree depth, no network, no entity expansion) → drop script/style/nav/
footer/aside/forms, hidden elements, and blocks whose class or id names boilerplate (导航, 面包屑,
版权, 分享 …) → pick the main content the way Readability does: each paragraph scores its parent
(half to the grandparent) by length and commas; the best container wins, with its siblings
that score at least a fifth as well, or its enclosing container when it holds under 40% of the
page's remaining text → serialise blocks as lines, table rows of data cells as cells joined by
'，' (layout tables, common on older government sites, are read as blocks).

The title is the main content's <h1> (else the page's <h1>, else <title> without the site name);
date, source and url come from <meta> tags, <link rel=canonical>, or '发布时间：/来源：' lines.

trafilatura was the first choice, but its install is broken with current lxml (jusText imports
``lxml.html.clean``, now a separate package) and on short Chinese pages it falls back to the
whole page, navigation included; lxml is already here through python-docx.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree, html
from lxml.html import HtmlElement

from chainkg.errors import InputError
from chainkg.ingest.formats.common import Extracted, iso_date, sniff_binary
from chainkg.ingest.formats.encoding import check_is_text, decode_bytes

MAX_ELEMENTS = 400_000  # a real report page has a few thousand; more means a generated page
_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
    "form", "button", "input", "select", "textarea", "nav", "footer", "aside", "menu", "dialog",
    "link", "meta", "head", "audio", "video", "map",
)
_BOILERPLATE = re.compile(
    r"(^|[-_\s])(nav|navbar|navigation|menu|menus|footer|foot|sidebar|side|breadcrumbs?|crumbs?|"
    r"share|bdshare|social|comments?|copyright|related|recommend|advert|ads?|banner|toolbar|"
    r"pagination|pager|pages|login|search|topbar|header|top|bottom|position|location|links?|"
    r"friendlink|qrcode|ewm|print|tools?|subnav|skip|sitemap|hot|rank)([-_\s]|$|\d)",
    re.I,
)
_BLOCK = frozenset(
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre",
        "address", "figure", "figcaption", "center", "hr", "br", "body", "html", "caption",
        "details", "summary", "header",
    }
)
_PARAGRAPH = frozenset(["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"])
_CELL = frozenset(("td", "th"))
_CELL_SEP = "，"
_WS = re.compile(r"\s+")
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""", re.I)
_DATE_META = (
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish_date",
    "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "citation_date",
    "citation_publication_date", "firstpublishedtime", "article:modified_time",
)
_SOURCE_META = ("contentsource", "source", "og:site_name", "sitename", "author", "dc.publisher")
_DATE_LINE = re.compile(
    r"(?:发布|发表|成文|更新)?(?:时间|日期)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})"
)
_SOURCE_LINE = re.compile(r"来源\s*[:：]\s*([^\s|｜/]{2,40})")
# A line of page furniture: publication data, font-size switches, print/close links.
_INFO_LINE = re.compile(
    r"^\s*(?:(?:发布|发表|更新|成文)?(?:时间|日期)|来源|作者|编辑|责任编辑|浏览次数|点击数|阅读次数|"
    r"字号|【?字体)\s*[:：](?:[^。；;]{0,60}$)"
)
_SITE_NAME = re.compile(
    r"\s*[-_|｜—–]+\s*[^-_|｜—–]{1,30}?(?:政府|人民政府|网|网站|门户|官网|厅|局|委员会|委|办公室|办|"
    r"中心|日报|报|新闻|频道|首页|栏目|动态|要闻)\s*$"
)
_TITLE_SEP = re.compile(r"\s*(?:_|\||｜| - | — |--|——)\s*")


def read_html(data: bytes, name: str) -> Extracted:
    """Main text, title and metadata of an HTML page; ``InputError`` when it has no text."""
    source = _decode(data, name)
    parser = html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: the HTML page has no text ({exc})") from exc
    elements = sum(1 for _ in root.iter())
    if elements > MAX_ELEMENTS:
        raise InputError(
            f"{name}: the HTML page has {elements} elements, over the limit of {MAX_ELEMENTS}"
        )
    page_title = _page_title(root)
    meta = _meta(root)
    body = root.find("body")
    if body is None:
        body = root
    stats = _drop_boilerplate(body)  # counts from before the last drops: close enough
    parts = _main_content(body, stats)
    lines = [
        line for part in parts for line in _lines(part, stats) if not _INFO_LINE.match(line)
    ]
    text = "\n".join(lines)
    if not text.strip():
        raise InputError(f"{name}: the HTML page has no text (no main content found)")
    title = _h1(parts) or _h1([body]) or page_title
    return Extracted(text=text, title=title, meta=meta)


def _decode(data: bytes, name: str) -> str:
    what = sniff_binary(data)
    if what:
        raise InputError(f"{name}: binary file ({what}), not an HTML page")
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii").lower()
            codec = "gb18030" if declared in {"gb2312", "gbk", "gb_2312-80", "x-gbk"} else declared
            try:
                text = data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown declaration: detect instead
            else:
                check_is_text(text, name, codec)
                return _xml_safe(text)
    text, _ = decode_bytes(data, name)
    return _xml_safe(text)


def _xml_safe(text: str) -> str:
    """Without the control characters lxml refuses in text (they carry no text anyway)."""
    return _XML_UNSAFE.sub(" ", text)


def _text(el: HtmlElement) -> str:
    return _WS.sub(" ", el.text_content()).strip()


def _page_title(root: HtmlElement) -> str:
    for el in root.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() in ("og:title", "articletitle"):
            content = _WS.sub(" ", el.get("content") or "").strip()
            if content:
                return content[:200]
    title = root.find(".//title")
    if title is None:
        return ""
    full = _text(title)
    while True:  # "标题_栏目_山西省商务厅" → "标题"
        shorter = _SITE_NAME.sub("", full)
        if shorter == full or len(shorter) < 4:
            break
        full = shorter
    first = _TITLE_SEP.split(full)[0].strip()
    return (first if len(first) >= 4 else full)[:200]


def _meta(root: HtmlElement) -> dict[str, str]:
    meta = {"format": "html"}
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = _WS.sub(" ", el.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content[:300]
    for key in _DATE_META:
        when = iso_date(found.get(key, ""))
        if when:
            meta["date"] = when
            break
    for key in _SOURCE_META:
        if found.get(key):
            meta["source"] = found[key][:200]
            break
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta["url"] = str(el.get("href"))[:500]
            break
    if "url" not in meta and found.get("og:url"):
        meta["url"] = found["og:url"]
    if "date" not in meta:
        for el in root.iter("time"):
            when = iso_date(el.get("datetime") or _text(el))
            if when:
                meta["date"] = when
                break
    if "date" not in meta or "source" not in meta:
        body = root.find("body")
        head_text = _text(body)[:20000] if body is not None else ""
        m = _DATE_LINE.search(head_text)
        if m and "date" not in meta:
            when = iso_date(_WS.sub("", m.group(1)))
            if when:
                meta["date"] = when
        m = _SOURCE_LINE.search(head_text)
        if m and "source" not in meta:
            meta["source"] = m.group(1)
    return meta


def _is_hidden(el: HtmlElement) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return (
        el.get("hidden") is not None
        or el.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _drop(el: HtmlElement) -> None:
    """Remove an element but keep its tail text (it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_COMMAS = re.compile(r"[，,。；;、]")
_SPACE = re.compile(r"\s")


class _Stats:
    """Per element: visible characters, characters inside links, commas — one bottom-up pass,
    so no heuristic re-reads a subtree (deeply nested pages stay linear)."""

    def __init__(self, root: HtmlElement) -> None:
        self.chars: dict[HtmlElement, int] = {}
        self.links: dict[HtmlElement, int] = {}
        self.commas: dict[HtmlElement, int] = {}
        for _, el in etree.iterwalk(root, events=("end",)):
            chars = _visible(el.text)
            commas = _commas(el.text)
            links = 0
            for child in el:
                chars += self.chars.get(child, 0) + _visible(child.tail)
                commas += self.commas.get(child, 0) + _commas(child.tail)
                links += self.links.get(child, 0)
            self.chars[el] = chars
            self.commas[el] = commas
            self.links[el] = chars if el.tag == "a" else links


def _visible(s: str | None) -> int:
    return len(s) - len(_SPACE.findall(s)) if s else 0


def _commas(s: str | None) -> int:
    return len(_COMMAS.findall(s)) if s else 0


def _drop_boilerplate(body: HtmlElement) -> _Stats:
    for el in list(body.iter(*_DROP_TAGS)):
        _drop(el)
    stats = _Stats(body)
    total = stats.chars.get(body, 0) or 1
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el is body or el.getparent() is None:
            continue
        if el.tag == "header" and _inside(el, ("article", "main")):
            continue
        if _is_hidden(el) or el.tag == "header":
            _drop(el)
            continue
        label = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
        # a container that holds most of the page is kept: its class name was misleading
        if (
            label.strip()
            and _BOILERPLATE.search(label)
            and el.tag not in ("article", "main")
            and stats.chars.get(el, 0) < 0.4 * total
            and el.find(".//article") is None
        ):
            _drop(el)
    stats = _Stats(body)
    for el in list(body.iter("ul", "ol", "div", "table", "td", "p", "section", "dl")):
        if el.getparent() is None:
            continue
        chars = stats.chars.get(el, 0)
        if chars and stats.links.get(el, 0) > 0.5 * chars:
            _drop(el)
    return stats


def _inside(el: HtmlElement, tags: Iterable[str]) -> bool:
    wanted = set(tags)
    return any(a.tag in wanted for a in el.iterancestors())


def _main_content(body: HtmlElement, stats: _Stats) -> list[HtmlElement]:
    """The main content: the best-scored container and siblings that score nearly as well."""
    scores: dict[HtmlElement, float] = {}
    for el in body.iter(*_PARAGRAPH, "div"):
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in _BLOCK for c in el):
            continue  # a div with block children is a container, scored through them
        chars = stats.chars.get(el, 0)
        if chars < 10 or (chars < 80 and _INFO_LINE.match(_text(el))):
            continue
        score = 1 + stats.commas.get(el, 0) + min(chars / 100, 3)
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return [body]
    top = max(scores, key=lambda e: scores[e])
    total = stats.chars.get(body, 0)
    while top is not body and stats.chars.get(top, 0) < 0.4 * total:
        parent = top.getparent()  # the text is spread out: take the enclosing container
        if parent is None:
            break
        top = parent
    parent = top.getparent()
    if parent is None or top is body:
        return [top]
    floor = 0.2 * scores.get(top, 0.0)
    return [
        sib for sib in parent
        if sib is top or (isinstance(sib.tag, str) and scores.get(sib, 0.0) >= max(floor, 1e-9))
    ]


def _h1(parts: list[HtmlElement]) -> str:
    for part in parts:
        for el in ([part] if part.tag == "h1" else []) + list(part.iter("h1")):
            text = _text(el)
            if text:
                return text[:200]
    return ""


def _is_data_cell(cell: HtmlElement, stats: _Stats) -> bool:
    """A table cell holding a value, not a layout cell holding a page region (old sites lay
    whole pages out in tables): short, with at most one block inside and no nested table."""
    if stats.chars.get(cell, 0) > 300:
        return False
    blocks = [c for c in cell if isinstance(c.tag, str) and c.tag in _BLOCK and c.tag != "br"]
    return len(blocks) < 2 and not any(c.tag == "table" for c in blocks)


def _lines(root: HtmlElement, stats: _Stats) -> list[str]:
    """Text of ``root`` as lines: one per block element, one per table row of data cells."""
    lines: list[str] = []
    current: list[str] = []
    data_cells: list[bool] = []  # for each open td/th: is it a data cell?
    in_cell = 0  # open data cells: blocks inside them do not break the line

    def flush() -> None:
        line = _WS.sub(" ", "".join(current)).strip()
        current.clear()
        if line:
            lines.append(line)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _CELL:
                data = _is_data_cell(el, stats)
                data_cells.append(data)
                in_cell += data
                if not data and not in_cell:
                    flush()
            elif tag in _BLOCK:
                if in_cell:
                    current.append(" ")
                elif tag != "br" or current:
                    flush()
            if el.text and tag:
                current.append(el.text)
        else:
            if tag in _CELL:
                data = data_cells.pop() if data_cells else False
                if data:
                    in_cell -= 1
                    cell = "".join(current).rstrip()
                    current[:] = [cell]
                    if cell.strip() and not cell.endswith(_CELL_SEP):
                        current.append(_CELL_SEP)
                elif not in_cell:
                    flush()
            elif tag == "tr" and not in_cell:
                line = "".join(current).rstrip()
                current[:] = [line.removesuffix(_CELL_SEP)]
                flush()
            elif tag in _BLOCK:
                if in_cell:
                    current.append(" ")
                else:
                    flush()
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    return lines
