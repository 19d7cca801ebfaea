"""The ``chainkg extract`` contract and the evaluation on the shared corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chainkg.nlp.contract import to_contract, validate_contract
from chainkg.nlp.evaluate import (
    GoldFileError,
    evaluate,
    format_report,
    load_gold,
    score_document,
)
from chainkg.nlp.extractor import extract_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _corpus_or_skip() -> Path:
    if CORPUS.is_dir() and any(CORPUS.glob("*.json")):
        return CORPUS
    if os.environ.get("CI") == "true":
        pytest.fail(f"shared corpus missing at {CORPUS} (CI must have it)")
    pytest.skip(f"shared corpus not found at {CORPUS}")


def test_contract_shape_on_a_new_sentence() -> None:
    text = "示范高新区与东岭大学签订战略合作协议，共建联合实验室。"
    out = to_contract(extract_text(text))
    assert validate_contract(out, len(text)) == []
    assert list(out) == ["entities", "relations"]
    assert out == to_contract(extract_text(text))  # deterministic


def test_contract_holds_on_every_shared_file() -> None:
    corpus = _corpus_or_skip()
    for path in sorted(corpus.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out = to_contract(extract_text(gold["text"]))
        assert validate_contract(out, len(gold["text"])) == [], path.name
        json.dumps(out, ensure_ascii=False)
        for e in out["entities"]:
            assert e["end"] <= len(gold["text"])


def test_evaluate_runs_on_the_shared_corpus() -> None:
    corpus = _corpus_or_skip()
    report = evaluate(corpus)
    text = format_report(report)
    assert "Entities" in text and "Relations" in text and "micro" in text
    data = report.to_dict()
    assert data["entities"]["micro"]["f1"] > 0.5
    assert data["relations"]["micro"]["f1"] > 0.4


def test_scoring_rules() -> None:
    gold = {"text": "", "entities": [
        {"name": "甲经开区", "type": "Zone", "alias_of": "甲经济开发区"},
        {"name": "甲经济开发区", "type": "Zone"},
        {"name": "乙联合体", "type": "Association"},
        {"name": "新能源", "type": "Industry"}],
        "relations": [{"head": "甲经开区", "type": "FOCUSES_ON", "tail": "新能源"},
                      {"head": "丙大学", "type": "PARTNERS_WITH", "tail": "甲经济开发区"},
                      {"head": "丁公司", "type": "CHAIN_LEADER", "tail": "新能源"}]}
    pred = {"entities": [{"name": "甲经开区", "type": "Zone", "start": 0, "end": 4},
                         {"name": "乙联合体", "type": "Consortium", "start": 5, "end": 9},
                         {"name": "新能源产业", "type": "Industry", "start": 9, "end": 14},
                         {"name": "戊", "type": "Project", "start": 20, "end": 21}],
            "relations": [
                {"head": "甲经济开发区", "type": "FOCUSES_ON", "tail": "新能源产业",
                 "evidence": {"start": 0, "end": 1}},
                {"head": "甲经济开发区", "type": "PARTNERS_WITH", "tail": "丙大学",
                 "evidence": {"start": 0, "end": 1}},
                {"head": "丁公司", "type": "CHAIN_LEADER_OF", "tail": "新能源",
                 "evidence": {"start": 0, "end": 1}},
                {"head": "甲经济开发区", "type": "LEADS", "tail": "乙联合体",
                 "evidence": {"start": 0, "end": 1}}]}
    s = score_document(gold, pred)
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (3, 0, 1)
    assert (s.relations.tp, s.relations.fp, s.relations.fn) == (3, 0, 0)


def test_bad_gold_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "doc_bad.json"
    bad.write_text('{"text": "x", "entities": "nope", "relations": []}', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"doc_bad\.json"):
        load_gold(bad)
    bad.unlink()
    broken = tmp_path / "doc_broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"doc_broken\.json"):
        evaluate(tmp_path)


def test_a_stated_investment_carries_its_amount_as_the_corpus_writes_it() -> None:
    text = "远山新能源有限公司投资12.5亿元，在示范高新区建设年产5万吨正极材料项目。"
    out = to_contract(extract_text(text))
    assert validate_contract(out, len(text)) == []
    invests = [r for r in out["relations"] if r["type"] == "INVESTS_IN"]
    assert invests and {r.get("amount") for r in invests} == {"12.5亿元"}
    assert all("amount" not in r for r in out["relations"] if r["type"] != "INVESTS_IN")


def test_amount_text_uses_the_largest_unit() -> None:
    from chainkg.nlp.numbers import amount_text

    assert (amount_text(9.4e8), amount_text(3.5e6), amount_text(800.0)) == (
        "9.4亿元", "350万元", "800元",
    )
