"""Round 9, FOCUSES_ON recall: the ordinary ways a zone's report states its industries.
Every sentence is new and report-style, with made-up companies."""

from __future__ import annotations

import pytest

from tests.nlp_helpers import triples

F = "FOCUSES_ON"

FOUND = [
    # an industry opening a sentence of the zone's work report
    ("（三）坚持创新驱动。江城经济技术开发区全年实现规上工业产值860亿元。生物医药产业加快发展，"
     "湖北恒远药业有限公司新药项目投产。智能家电、纺织服装等传统产业加快技术改造，完成技改项目16个。",
     "江城经济技术开发区", {"生物医药", "智能家电", "纺织服装"}),
]


@pytest.mark.parametrize(("text", "zone", "inds"), FOUND)
def test_focus_found(text: str, zone: str, inds: set[str]) -> None:
    assert {(zone, F, i) for i in inds} <= triples(text)


def test_no_zone_no_focus() -> None:
    text = "江城市召开工业大会。生物医药产业加快发展，湖北恒远药业有限公司新药项目投产。"
    assert not any(t == F for _, t, _ in triples(text))


def test_industry_named_without_progress_is_no_focus() -> None:
    text = ("江城经济技术开发区召开招商大会。生物医药企业代表湖北恒远药业有限公司作交流发言。")
    assert ("江城经济技术开发区", F, "生物医药") not in triples(text)
