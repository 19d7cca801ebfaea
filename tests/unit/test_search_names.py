"""Short forms, pinyin forms, province and city of entity names."""

from __future__ import annotations

import pytest

from chainkg.graph.port import EntityRecord
from chainkg.search.names import (
    entity_terms,
    pinyin_forms,
    pinyin_prefix,
    province_city,
    short_forms,
)


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("山西阳泉高新技术产业开发区", "阳泉高新区"),
        ("运城市经济开发区", "运城经开区"),
        ("安徽合肥经济技术开发区", "合肥经开区"),
        ("山西际安电气有限公司", "际安电气"),
        ("大运汽车股份有限公司", "大运汽车"),
        ("重庆两江新区", "两江新区"),
    ],
)
def test_short_forms(name: str, short: str) -> None:
    forms = short_forms(name)
    assert short in forms and name not in forms


def test_pinyin_forms_spell_names_and_their_initials() -> None:
    assert pinyin_forms("阳泉高新区") == (["yangquangaoxinqu"], ["yqgxq"])
    fulls, initials = pinyin_forms("长治经开区")
    assert "changzhijingkaiqu" in fulls and "czjkq" in initials  # 长 read both ways
    assert pinyin_forms("TCL家用电器")[0][0].startswith("tcl")
    assert pinyin_forms("（）") == ([], [])


@pytest.mark.parametrize(
    ("text", "typed", "expected"),
    [
        ("阳泉高新区", "yangquan", ("阳泉", True)),
        ("阳泉高新区", "yqgxq", ("阳泉高新区", True)),
        ("阳泉高新区", "yangqu", ("阳泉", False)),
        ("长江流域园区合作联盟", "changji", ("长江", False)),
        ("昌吉高新区", "changji", ("昌吉", True)),
        ("长治经开区", "changzhi", ("长治", True)),
        ("阳泉高新区", "beijing", None),
    ],
)
def test_pinyin_prefix(text: str, typed: str, expected: tuple[str, bool] | None) -> None:
    assert pinyin_prefix(text, typed) == expected


@pytest.mark.parametrize(
    ("name", "type_", "province", "city"),
    [
        ("阳泉高新区", "Zone", "山西省", "阳泉"),
        ("太原理工大学", "University", "山西省", "太原市"),
        ("运城市经济开发区", "Zone", "山西省", "运城市"),
        ("新能源", "Industry", "", ""),
    ],
)
def test_province_and_city(name: str, type_: str, province: str, city: str) -> None:
    assert province_city(EntityRecord(id="x", type=type_, name=name)) == (province, city)


def test_entity_terms_kinds_come_name_first() -> None:
    e = EntityRecord(id="x", type="Zone", name="高平经济技术开发区", aliases=["高平经开区"])
    kinds = entity_terms(e).kinds()
    assert kinds[0] == ("高平经济技术开发区", "name")
    assert ("高平经开区", "alias") in kinds
    assert ("gpjkq", "initials") in kinds and ("gaopingjingkaiqu", "pinyin") in kinds
    assert len({t for t, _ in kinds}) == len(kinds)
