"""Rule families of the recall round: constructions generalised from the tuning batches' misses.

Every sentence here was written for this file in the style of development-zone reports (made-up
zones and companies where a name is needed); the expected names and relations are read off the
sentence, not off the extractor's output. Each family has sentences that must NOT produce it.
"""

from __future__ import annotations

from chainkg.model import EntityType, Extraction
from chainkg.nlp.extractor import extract_text


def _names(x: Extraction, type_: str) -> set[str]:
    return {m.name for m in x.entities if m.type == type_}


def _rels(x: Extraction, type_: str) -> set[tuple[str, str]]:
    return {(r.head.canonical or r.head.name, r.tail.canonical or r.tail.name)
            for r in x.relations if r.type == type_}


# -- counted industry lists: A、B和C三大产业 -------------------------------------------------


def test_a_counted_list_names_unknown_industries() -> None:
    x = extract_text(
        "兰溪经济技术开发区围绕矿山机械服务、冶金辅料和工业软件三大产业，加快延链补链。")
    inds = _names(x, EntityType.INDUSTRY)
    assert {"矿山机械服务", "冶金辅料", "工业软件"} <= inds
    focus = _rels(x, "FOCUSES_ON")
    assert ("兰溪经济技术开发区", "冶金辅料") in focus
    assert ("兰溪经济技术开发区", "矿山机械服务") in focus


def test_a_counted_list_without_a_comma_splits_on_the_conjunction() -> None:
    x = extract_text(
        "2024年，松原高新技术产业开发区聚焦生物发酵和绿色甲醇两大方向，全年产值增长12%。")
    inds = _names(x, EntityType.INDUSTRY)
    assert {"生物发酵", "绿色甲醇"} <= inds
    assert ("松原高新技术产业开发区", "生物发酵") in _rels(x, "FOCUSES_ON")


def test_the_verb_opening_the_list_stays_out_of_its_first_item() -> None:
    x = extract_text("园区将继续做强膜材料、电子化学品、特种纤维三大产业链。")
    inds = _names(x, EntityType.INDUSTRY)
    assert {"膜材料", "电子化学品", "特种纤维"} <= inds
    assert not any(n.startswith(("继续", "做强")) for n in inds)


def test_a_list_whose_items_do_not_match_the_count_is_left_alone() -> None:
    # four items before 三大: the count does not hold, nothing is guessed from it
    x = extract_text("园区围绕矿山机械服务、冶金辅料、工业软件和文旅康养三大产业招商。")
    assert "冶金辅料" not in _names(x, EntityType.INDUSTRY)


def test_a_count_before_parks_or_companies_names_no_industry() -> None:
    x = extract_text("全区共有两大产业园区和三大龙头企业，冶金辅料、工业软件两大项目已开工。")
    inds = _names(x, EntityType.INDUSTRY)
    assert not {"冶金辅料", "工业软件"} & inds
