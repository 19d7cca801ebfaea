"""Floors on the project's own development set (``tests/nlp_dev``: passages written for chainkg).

The set is written in the style of development-zone news (签约, 落户, 链主, 产教联合体, 投资…建设…
项目, 供应商 …) and annotated in the shared corpus's gold format; it guards the rule families
against regressions. The floors sit below the current scores so that a refactor may move them a
little, not lose a rule family.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chainkg.nlp.evaluate import EvalReport, evaluate, load_gold

DEV = Path(__file__).resolve().parents[1] / "nlp_dev"


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(DEV)


def test_the_dev_set_is_well_formed() -> None:
    files = sorted(DEV.glob("*.json"))
    assert len(files) >= 15
    for path in files:
        gold = load_gold(path)
        text = gold["text"].replace("\n", "")
        names = {e["name"] for e in gold["entities"]}
        for e in gold["entities"]:
            assert e["name"] in text, (path.name, e["name"])
            assert e.get("alias_of", e["name"]) in names, (path.name, e)
        for r in gold["relations"]:
            assert r["head"] in names, (path.name, r)


def test_micro_f1_floors(report: EvalReport) -> None:
    assert report.entity_micro.f1 >= 0.95, report.entity_micro.to_dict()
    assert report.relation_micro.f1 >= 0.93, report.relation_micro.to_dict()


@pytest.mark.parametrize(
    ("rtype", "floor"),
    [("MEMBER_OF", 0.9), ("PARTNERS_WITH", 0.88), ("LOCATED_IN", 0.9), ("FOCUSES_ON", 0.9),
     ("IN_INDUSTRY", 0.88), ("INVESTS_IN", 0.9), ("CHAIN_LEADER", 0.9)],
)
def test_relation_type_floors(report: EvalReport, rtype: str, floor: float) -> None:
    assert report.relations[rtype].f1 >= floor, report.relations[rtype].to_dict()


def test_entity_type_floors(report: EvalReport) -> None:
    for etype, c in report.entities.items():
        if c.tp + c.fn:
            assert c.f1 >= 0.9, (etype, c.to_dict())
