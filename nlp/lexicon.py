"""Reference lists and the industry lexicon shipped in ``chainkg/data``.

Everything here is built once per process (``lru_cache``) from the shipped files:

- ``data/reference/devzones_2018.csv`` (official catalogue) → zone names and the report-style
  aliases generated from them (山西运城经济开发区 → 运城经济开发区 / 运城市经开区 / 运城开发区);
- ``data/reference/universities_moe_2025.csv`` → university names (campus brackets dropped too);
- ``data/lexicon/industries.txt`` (written by the project) plus the catalogue's 主导产业 column →
  industry terms;
- place names (provinces, cities, counties) derived from both reference lists, used to tell a
  proper name (运城…, 长治…) from a generic phrase (各开发区, 产教联合体).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources


def _read_csv(name: str) -> list[dict[str, str]]:
    ref = resources.files("chainkg.data").joinpath("reference", name)
    with ref.open("r", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _read_lexicon(name: str) -> list[str]:
    ref = resources.files("chainkg.data").joinpath("lexicon", name)
    with ref.open(encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def devzones() -> list[dict[str, str]]:
    """The 2018 official catalogue of development zones."""
    return _read_csv("devzones_2018.csv")


@lru_cache(maxsize=1)
def universities() -> list[dict[str, str]]:
    """The Ministry of Education's list of regular higher-education institutions (2025)."""
    return _read_csv("universities_moe_2025.csv")


PROVINCES: dict[str, str] = {
    "北京市": "北京", "天津市": "天津", "上海市": "上海", "重庆市": "重庆", "河北省": "河北",
    "山西省": "山西", "辽宁省": "辽宁", "吉林省": "吉林", "黑龙江省": "黑龙江", "江苏省": "江苏",
    "浙江省": "浙江", "安徽省": "安徽", "福建省": "福建", "江西省": "江西", "山东省": "山东",
    "河南省": "河南", "湖北省": "湖北", "湖南省": "湖南", "广东省": "广东", "海南省": "海南",
    "四川省": "四川", "贵州省": "贵州", "云南省": "云南", "陕西省": "陕西", "甘肃省": "甘肃",
    "青海省": "青海", "台湾省": "台湾", "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西",
    "西藏自治区": "西藏", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港", "澳门特别行政区": "澳门",
}

# Regions and cooperation prefixes that open proper names like a place does.
REGIONS = (
    "长三角", "珠三角", "京津冀", "粤港澳", "成渝", "川渝", "长江", "黄河", "西部", "东北", "中部",
    "中德", "中新", "中欧", "中韩", "中日", "中以", "中俄", "中非", "中意", "中法", "中瑞",
    "晋", "冀", "豫", "鲁", "苏", "浙", "皖", "闽", "赣", "湘", "鄂", "粤", "桂", "琼", "川",
    "渝", "黔", "滇", "陕", "甘", "青", "宁", "新", "蒙", "辽", "吉", "黑", "沪", "津", "京",
)

# Zone types of the catalogue → (suffix as written in the official name, report-style suffixes).
_ZONE_SUFFIX_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("高新技术产业开发区", ("高新技术产业开发区", "高新区", "高新技术开发区", "国家高新区")),
    ("新技术产业开发区", ("新技术产业开发区", "高新区")),
    ("新技术开发区", ("新技术开发区", "高新区")),
    ("经济技术开发区", ("经济技术开发区", "经开区", "经济开发区", "开发区")),
    ("经济开发区", ("经济开发区", "经开区", "开发区")),
    ("高新区", ("高新区",)),
    ("工业园区", ("工业园区", "工业园")),
    ("综合保税区", ("综合保税区", "综保区")),
)


def _province_short(province: str) -> str:
    return PROVINCES.get(province, province.rstrip("省市"))


@lru_cache(maxsize=1)
def zone_aliases() -> dict[str, tuple[str, ...]]:
    """Report-style name → the official catalogue names it may denote (city-scoped)."""
    out: dict[str, set[str]] = {}

    def add(alias: str, official: str) -> None:
        if len(alias) >= 4:
            out.setdefault(alias, set()).add(official)

    for row in devzones():
        name = row["开发区名称"].strip()
        prov_full = row["省份"].strip()
        prov = _province_short(prov_full)
        add(name, name)
        core = name
        for p in (prov_full, prov):
            if core.startswith(p) and len(core) > len(p) + 3:
                core = core[len(p):]
                break
        for suffix, forms in _ZONE_SUFFIX_FORMS:
            if core.endswith(suffix):
                base = core[: -len(suffix)]
                if len(base) < 2:
                    break
                bases = {base}
                if len(base) == 2 and not base.endswith(("县", "区", "市", "州")):
                    bases.add(base + "市")
                for b in bases:
                    for form in forms:
                        add(b + form, name)
                        add(prov + b + form, name)
                        add(prov_full + b + form, name)
                break
        else:
            add(core, name)
    for area in new_areas():
        add(area[0], area[0])
        for form in area[2:]:
            add(form, area[0])
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def new_areas() -> tuple[tuple[str, ...], ...]:
    """National-level new areas: (official name, province, short forms …)."""
    return tuple(tuple(x.strip() for x in line.split("|"))
                 for line in _read_lexicon("national_new_areas.txt"))


@lru_cache(maxsize=1)
def central_government() -> dict[str, str]:
    """State Council ministries, commissions and bureaus: name or short form → official name."""
    out: dict[str, str] = {}
    for row in _read_csv("central_government.csv"):
        name = row["name"].strip()
        out[name] = name
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                out[alias.strip()] = name
    return out


@lru_cache(maxsize=1)
def university_names() -> frozenset[str]:
    """University names as listed, plus each name without its campus bracket."""
    names: set[str] = set()
    for row in universities():
        name = row["学校名称"].strip()
        names.add(name)
        short = re.sub(r"[（(][^）)]*[）)]$", "", name)
        if len(short) >= 4:
            names.add(short)
    return frozenset(names)


@lru_cache(maxsize=1)
def university_full_names() -> frozenset[str]:
    """University names exactly as the list gives them."""
    return frozenset(row["学校名称"].strip() for row in universities())


@lru_cache(maxsize=1)
def university_campuses() -> dict[str, tuple[str, ...]]:
    """A name without its campus bracket → the listed names it stands for (中国石油大学 → 2)."""
    out: dict[str, set[str]] = {}
    for name in university_full_names():
        short = re.sub(r"[（(][^）)]*[)）]$", "", name)
        if short != name:
            out.setdefault(short, set()).add(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Provinces, cities and counties named by the reference lists (with and without 市/县)."""
    places: set[str] = set(admin_place_names())
    for row in devzones():
        name = row["开发区名称"].strip()
        prov_full = row["省份"].strip()
        prov = _province_short(prov_full)
        core = name
        for p in (prov_full, prov):
            if core.startswith(p):
                core = core[len(p):]
                break
        m = re.match(r"^(.{2,3}?)(市|县|区)?(经济|高新|工业|综合|出口|保税|新技术|化工|产业)", core)
        if m:
            base = m.group(1)
            places.add(base)
            if m.group(2):
                places.add(base + m.group(2))
    places.update(REGIONS)
    places.update(county_places())
    # zone-name openings that are words, not places (航空港经济区, 临空经济区, 化学工业园区)
    places -= _NOT_PLACES
    return frozenset(p for p in places if p and p not in industry_terms())


_ADMIN_TAIL = re.compile(r"(?:自治县|自治旗|自治州|林区|特区|新区|地区|县|区|市|旗|盟|州|省)$")
_ETHNIC = re.compile(r"[\u4e00-\u9fff]{1,3}?族")


@lru_cache(maxsize=1)
def county_places() -> frozenset[str]:
    """Cities, counties and districts of the administrative-division list, as places.

    The full name (清河县, 和林格尔县) always; the name without its level (和林格尔) when it has
    three characters or more, or two that are no common word (清河, not 城区 / 和平 / 长安: a
    frequent word is more often a word or a brand than this place).
    """
    from chainkg.nlp.tokens import get_tokenizer

    freq = get_tokenizer().FREQ
    out: set[str] = set()
    for row in _read_csv("admin_divisions_2020.csv"):
        name = row["name"].strip()
        if len(name) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        out.add(name)
        stem = _ADMIN_TAIL.sub("", name)
        if "自治" in name:
            m = _ETHNIC.search(stem, 2)
            stem = stem[: m.start()] if m is not None else stem
        if len(stem) >= 3 or (len(stem) == 2 and int(freq.get(stem) or 0) < 50):
            out.add(stem)
    return frozenset(out)


@lru_cache(maxsize=1)
def admin_place_names() -> frozenset[str]:
    """Provinces and the cities universities are in: places that are administrations.

    Zone-name openings from the catalogue (贵安, 准东) are in ``place_names`` too, but a zone
    named by such a word alone (落地贵安) is the zone; a city named alone (落户烟台) is not.
    """
    places: set[str] = set()
    for full, short in PROVINCES.items():
        places.update((full, short))
    for row in universities():
        city = row["所在地"].strip()
        if city:
            places.add(city)
            stripped = re.sub(r"(市|地区|自治州|盟|县|区)$", "", city)
            if len(stripped) >= 2:
                places.add(stripped)
    return frozenset(places)


_NOT_PLACES = frozenset(
    ["化学", "航天", "航空", "临空", "空港", "临港", "保税", "综合", "出口", "物流", "商贸", "星火",
     "现代", "国际"])


@lru_cache(maxsize=1)
def industry_terms() -> dict[str, str]:
    """Industry term as written → its preferred form (lexicon variants and catalogue terms)."""
    terms: dict[str, str] = {}
    for line in _read_lexicon("industries.txt"):
        variants = [v.strip() for v in line.split("|") if v.strip()]
        for v in variants:
            terms.setdefault(v, variants[0])
    for row in devzones():
        for term in re.split(r"[、,，]", row.get("主导产业", "")):
            term = term.strip()
            if 2 <= len(term) <= 8 and term != "在建" and not re.search(r"[0-9]", term):
                terms.setdefault(term, term)
    return terms


_CHAIN_WORDS = re.compile(r"^\s*(?:keywords|products):\s*\[(.*)\]\s*$|^\s{6,}name:\s*(\S+)\s*$")


@lru_cache(maxsize=1)
def product_terms() -> frozenset[str]:
    """Segment names, keywords and products of the reference chains (玻璃基板, 偏光片, 正极材料).

    Words for things, not companies: a list of them after 引进/带动 names products.
    """
    out: set[str] = set()
    for ref in resources.files("chainkg.data").joinpath("chains").iterdir():
        if not ref.name.endswith(".yaml"):
            continue
        for line in ref.read_text(encoding="utf-8").splitlines():
            m = _CHAIN_WORDS.match(line)
            if m is None:
                continue
            words = m.group(1).split(",") if m.group(1) is not None else [m.group(2)]
            out.update(w.strip() for w in words if len(w.strip()) >= 2)
    return frozenset(out)


@lru_cache(maxsize=1)
def domain_vocabulary() -> tuple[str, ...]:
    """All names jieba should keep whole."""
    words = {row["开发区名称"] for row in devzones()}
    words |= set(university_names())
    words |= {a for a in zone_aliases() if len(a) <= 12}
    words |= set(industry_terms())
    words |= set(NAME_WORDS)
    return tuple(sorted(words))


# Words that jieba should keep whole so that name boundaries come out right.
NAME_WORDS = (
    "经开区", "高新区", "开发区", "管委会", "管理委员会", "产教联合体", "创新联合体", "职教集团",
    "有限公司", "股份有限公司", "有限责任公司", "研究院", "研究中心", "研究所", "实验室",
    "经济和信息化", "工业和信息化", "发展和改革", "住房和城乡建设", "人力资源和社会保障",
    "商务厅", "商务局", "投资促进局", "招商局", "人民政府", "领导小组", "产业园", "产业园区",
    "工业园区", "示范区", "合作区", "试验区", "自贸区", "自贸试验区", "自由贸易试验区",
    "综合保税区", "科创城", "智创城", "孵化园", "新区",
    "关联企业", "上下游", "链主", "龙头企业",
)
