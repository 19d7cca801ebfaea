"""Search tokens, query plans and pinyin detection (no backend needed)."""

from __future__ import annotations

import pytest

from chainkg.errors import InputError
from chainkg.search.text import (
    index_tokens,
    normalize,
    pinyin_like,
    plan_query,
    query_words,
    vocabulary,
)


def test_the_vocabulary_ships_with_the_package() -> None:
    words = vocabulary()
    assert {"产教融合", "实训基地", "管运分离", "以商引商"} <= set(words)
    assert all(len(w) >= 2 and " " not in w for w in words)


def test_vocabulary_phrases_are_whole_tokens() -> None:
    tokens = index_tokens("阳泉高新区共建大学生实习实训基地，深化产教融合。")
    assert {"产教融合", "实训基地", "实训", "实习实训", "阳泉"} <= set(tokens)


def test_query_words_are_what_a_passage_must_contain() -> None:
    assert query_words("产教融合") == ["产教融合"]
    assert query_words("阳泉的实训基地") == ["阳泉", "实训基地"]
    assert query_words("合肥经开区 新能源汽车") == ["合肥经开区", "新能源汽车"]
    assert query_words("的") == ["的"]  # only stop characters: kept


def test_normalize_folds_width_case_and_control_characters() -> None:
    assert normalize("ＡＩ５Ｇ") == "ai5g"
    assert normalize("阳泉\x00实训\u202e") == "阳泉 实训 "


def test_plans() -> None:
    plan = plan_query("阳泉 实训基地")
    assert plan.alternatives == [["阳泉", "实训基地"]]
    assert {"阳泉", "实训基地", "实训", "基地"} <= set(plan.tokens)
    assert plan.phrases == ["阳泉实训基地"]
    relaxed = plan.relaxed()
    assert not relaxed.strict and relaxed.alternatives == [[t] for t in plan.tokens]
    spelled = plan_query("yangquan", expansions=["阳泉"])
    assert spelled.alternatives == [["yangquan"], ["阳泉"]]
    with pytest.raises(InputError, match="limit is 200"):
        plan_query("阳" * 201)
    with pytest.raises(InputError, match="no searchable words"):
        plan_query("“”（）——")


@pytest.mark.parametrize(
    ("query", "typed"),
    [("yangquan", "yangquan"), ("Yang Quan", "yangquan"), ("xi'an", "xian"), ("yqgxq", "yqgxq"),
     ("5G", ""), ("阳泉", ""), ("a", ""), ("ai 5", "")],
)  # fmt: skip
def test_pinyin_like(query: str, typed: str) -> None:
    assert pinyin_like(query) == typed
