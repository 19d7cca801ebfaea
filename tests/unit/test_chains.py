"""Reference industry chains: the shipped catalog, lookups, walks, coverage and file validation."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pydantic import ValidationError

from chainkg.chains import (
    GENERIC_TERMS,
    Chain,
    ChainCatalog,
    ChainFileError,
    Stage,
    catalogue_coverage,
    get_catalog,
    lexicon_coverage,
    load_chain_file,
    main,
    normalise_industry,
    shipped_chain_files,
)
from chainkg.errors import InputError, NotFoundError

# ------------------------------------------------------------------------------ shipped catalog


@pytest.fixture(scope="module")
def catalog() -> ChainCatalog:
    return get_catalog()


def test_shipped_catalog_loads_and_is_cached(catalog: ChainCatalog) -> None:
    assert get_catalog() is catalog is ChainCatalog.shipped()
    files = shipped_chain_files()
    assert files and all(f.name.endswith(".yaml") for f in files)
    assert len(catalog) >= 30
    # every chain remembers where it came from
    assert all(c.source.split(":")[0].endswith(".yaml") for c in catalog)


def test_chains_readme_documents_the_schema() -> None:
    readme = Path(__file__).resolve().parents[2] / "data" / "chains" / "README.md"
    text = readme.read_text(encoding="utf-8")
    for word in ("upstream", "midstream", "downstream", "kind: recycle", "aliases", "keywords",
                 "products", "related", "Sources"):
        assert word in text


def test_every_chain_is_well_formed(catalog: ChainCatalog) -> None:
    for chain in catalog:
        stages = {s.stage for s in chain.segments}
        assert len(chain.segments) >= 3, chain.id
        assert {Stage.UPSTREAM, Stage.DOWNSTREAM} <= stages, chain.id
        assert chain.description, chain.id
        ids = {s.id for s in chain.segments}
        assert len(ids) == len(chain.segments), chain.id
        linked: set[str] = set()
        for link in chain.links:
            assert link.source in ids and link.target in ids, (chain.id, link)
            linked |= {link.source, link.target}
        # no orphan segment: each one supplies or is supplied by another
        assert linked == ids, (chain.id, ids - linked)
        for seg in chain.segments:
            assert seg.name and (seg.keywords or seg.products), (chain.id, seg.id)
        for rel in chain.related:
            assert rel in catalog, (chain.id, rel)


def test_chain_order_runs_upstream_to_downstream(catalog: ChainCatalog) -> None:
    for chain in catalog:
        order = catalog.chain_order(chain)
        assert sorted(s.id for s in order) == sorted(s.id for s in chain.segments)
        ranks = [s.stage.rank for s in order]
        assert ranks == sorted(ranks), chain.id
        position = {s.id: i for i, s in enumerate(order)}
        for up, down, _ in chain.edges("supply"):
            assert position[up.id] < position[down.id], (chain.id, up.id, down.id)


def test_names_are_unique_across_chains(catalog: ChainCatalog) -> None:
    owner: dict[str, str] = {}
    for chain in catalog:
        for name in chain.names:
            key = normalise_industry(name)
            assert owner.setdefault(key, chain.id) == chain.id, (name, owner[key], chain.id)
    assert catalog.overrides == []


BRIEF_CHAINS = {
    "新能源汽车": "nev", "重型卡车": "heavy_truck", "动力电池": "power_battery",
    "光伏": "photovoltaic",
    "风电装备": "wind_power", "氢能": "hydrogen", "集成电路": "integrated_circuit",
    "半导体": "integrated_circuit", "信创": "xinchuang", "大数据": "big_data",
    "数字经济": "digital_economy", "铝镁精深加工": "aluminium_magnesium", "煤化工": "coal_chemical",
    "现代煤化工": "coal_chemical", "化工新材料": "chemical_new_materials",
    "输变电装备": "power_transmission", "智能装备制造": "equipment_manufacturing",
    "生物医药": "biomedicine", "白酒": "baijiu", "食品": "food", "聚酯新材料": "polyester",
    "新材料": "new_materials", "储能": "energy_storage", "锂电池材料": "lithium_materials",
    "稀土": "rare_earth", "钢铁": "steel", "碳基新材料": "carbon_materials",
    "合成生物": "synthetic_biology", "医疗器械": "medical_devices", "工业机器人": "robotics",
    "轨道交通装备": "rail_transit", "航空航天": "aerospace", "电子信息": "electronic_information",
    "软件和信息服务": "software", "节能环保": "environmental", "现代农业": "agriculture",
    "农产品加工": "agriculture", "纺织服装": "textile", "文旅康养": "culture_tourism",
    "大健康": "health",
}


@pytest.mark.parametrize(("industry", "chain_id"), sorted(BRIEF_CHAINS.items()))
def test_brief_industries_have_chains(catalog: ChainCatalog, industry: str, chain_id: str) -> None:
    chain = catalog.find_chain(industry)
    assert chain is not None and chain.id == chain_id


# ------------------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(("name", "chain_id"), [
    ("新能源汽车产业", "nev"),
    ("新能源汽车产业集群", "nev"),
    ("新能源汽车产业链", "nev"),
    ("  新能源汽车 ", "nev"),
    ("新能源车", "nev"),
    ("高端装备制造产业", "equipment_manufacturing"),
    ("锂电池", "power_battery"),
    ("锂电新能源", "lithium_materials"),
    ("现代煤化工产业链", "coal_chemical"),
    ("铝镁合金", "aluminium_magnesium"),
    ("ＡＩ", "ai"),  # full-width, NFKC
    ("“信创”产业", "xinchuang"),
    ("汽车及零部件", "auto"),
])
def test_find_chain(catalog: ChainCatalog, name: str, chain_id: str) -> None:
    chain = catalog.find_chain(name)
    assert chain is not None and chain.id == chain_id


@pytest.mark.parametrize("name", ["不存在的产业", "产业", "", "开发区"])
def test_find_chain_unknown(catalog: ChainCatalog, name: str) -> None:
    assert catalog.find_chain(name) is None


def test_get_unknown_chain_and_segment(catalog: ChainCatalog) -> None:
    with pytest.raises(NotFoundError, match="no reference chain"):
        catalog.get("no_such_chain")
    with pytest.raises(NotFoundError, match="has no segment 'wheel'"):
        catalog.get("nev").segment("wheel")


def test_segments_for_product_words(catalog: ChainCatalog) -> None:
    chain, seg = catalog.segments_for("磷酸铁锂正极材料")[0]
    assert (chain.id, seg.id) == ("power_battery", "cathode")
    assert ("lithium_materials", "main_materials") in {
        (c.id, s.id) for c, s in catalog.segments_for("磷酸铁锂正极材料")}
    chain, seg = catalog.segments_for("液压支架")[0]
    assert (chain.id, seg.id) == ("coal_machinery", "equipment")
    chain, seg = catalog.segments_for("山西烁科晶体有限公司 碳化硅衬底")[0]
    assert (chain.id, seg.id) == ("compound_semiconductor", "substrate")
    assert catalog.segments_for("运城市经济开发区管委会") == []


def test_generic_words_place_nothing(catalog: ChainCatalog) -> None:
    # 应用领域 / 系统集成 are segment names or keywords of many chains and phrases of many reports
    assert "应用领域" in GENERIC_TERMS
    matches = catalog.match_segments("填补了5G手机应用领域的空白")
    assert matches and all("应用领域" not in m.terms for m in matches)
    assert catalog.segments_for("系统集成") == []
    assert catalog.segments_for("与太原理工大学共建联合培养基地") == []
    assert catalog.segments_for("郑重声明：本文版权归原作者所有") == []


def test_chain_name_lands_in_the_chains_core_segment(catalog: ChainCatalog) -> None:
    chain, seg = catalog.segments_for("新能源汽车")[0]
    assert (chain.id, seg.id) == ("nev", "vehicle")
    chain, seg = catalog.segments_for("锂电池材料项目")[0]
    assert chain.id == "lithium_materials"
    for word, chain_id in (("碳纤维", "carbon_fiber"), ("数据中心", "cloud_computing"),
                           ("稀土永磁", "rare_earth"), ("碳化硅", "compound_semiconductor")):
        assert catalog.segments_for(word)[0][0].id == chain_id, word


def test_segments_for_prefers_the_longer_term(catalog: ChainCatalog) -> None:
    matches = catalog.match_segments("新能源汽车动力电池回收")
    assert {(m.chain.id, m.segment.id) for m in matches[:2]} == {
        ("nev", "recycling"), ("power_battery", "recycling")}
    # 动力电池 lies inside the matched 动力电池回收 and is not matched on its own
    assert all("动力电池" not in m.terms for m in matches)
    assert matches[0].spans == ((5, 11),)


def test_ascii_terms_match_whole_words_and_spans_are_original_offsets(
    catalog: ChainCatalog,
) -> None:
    assert catalog.segments_for("APIs") == []  # API (原料药) is not inside a longer word
    assert catalog.segments_for("原料药API供应商")[0][1].id == "raw_materials"
    m = catalog.match_segments("ＢＭＳ系统")[0]  # full-width letters fold to BMS
    assert m.segment.id in ("battery_system", "pack") and m.spans == ((0, 3),)
    m = catalog.match_segments("某公司生产PCB线路板")[0]
    assert (m.chain.id, m.segment.id) == ("electronic_information", "pcb")
    assert m.spans == ((5, 8), (8, 11))


def test_chains_in_names(catalog: ChainCatalog) -> None:
    assert [c.id for c in catalog.chains_in("山西潞安太阳能科技有限公司")] == ["photovoltaic"]
    assert catalog.chains_in("美锦能源煤化工")[0].id == "coal_chemical"  # not 化工 → 石油化工
    assert catalog.chains_in("太原理工大学") == []


# ---------------------------------------------------------------------------------------- walks


def test_upstream_and_downstream(catalog: ChainCatalog) -> None:
    up1 = {s.id for s in catalog.upstream("nev", "vehicle")}
    assert up1 == {"battery_system", "e_drive", "e_control", "thermal_chassis"}
    up2 = [s.id for s in catalog.upstream("nev", "vehicle", depth=2)]
    assert up2[-1] == "raw_materials" and set(up2) == up1 | {"raw_materials"}
    down = [s.id for s in catalog.downstream("nev", "raw_materials", depth=None)]
    assert down[-1] in {"charging", "sales_service", "recycling"} and "vehicle" in down
    nev = catalog.get("nev")
    assert [(s.id, d) for s, d in nev.walk("vehicle", "downstream", 1)] == [
        ("charging", 1), ("sales_service", 1), ("recycling", 1)]
    # recycle links are walked only when asked
    assert catalog.downstream("nev", "recycling") == []
    assert [s.id for s in catalog.downstream("nev", "recycling", include_recycle=True)] == [
        "raw_materials"]
    assert catalog.upstream(nev, nev.segment("raw_materials")) == []
    with pytest.raises(InputError, match="depth must be at least 1"):
        catalog.upstream("nev", "vehicle", depth=0)


def test_by_stage_groups_in_order(catalog: ChainCatalog) -> None:
    groups = catalog.get("photovoltaic").by_stage()
    assert list(groups) == [Stage.UPSTREAM, Stage.MIDSTREAM, Stage.DOWNSTREAM]
    assert [s.id for s in groups[Stage.UPSTREAM]][:2] == ["silicon", "wafer"]
    assert Stage.UPSTREAM.label == "上游"


# ------------------------------------------------------------------------------------- coverage


def test_lexicon_coverage(catalog: ChainCatalog) -> None:
    cov = lexicon_coverage(catalog)
    print(f"lexicon coverage {cov.ratio:.0%}; unmapped: {cov.unmapped}; excluded: "
          f"{cov.excluded}; unmapped variants: {cov.variant_unmapped}")
    assert cov.ratio >= 0.8, cov.unmapped
    assert cov.variant_conflicts == {}  # variants of one industry never land in two chains


def test_catalogue_coverage(catalog: ChainCatalog) -> None:
    cov = catalogue_coverage(catalog)
    print(f"catalogue 主导产业 coverage {cov.ratio:.1%} of {cov.mentions} mentions; "
          f"top unmapped: {list(cov.unmapped.items())[:15]}")
    assert cov.mentions > 5000
    assert cov.ratio >= 0.8


# ------------------------------------------------------------------------------ file validation

GOOD = """\
chains:
  - id: widgets
    name: 小部件
    aliases: [小部件制造]
    description: test chain
    segments:
      - id: ore
        name: 矿石
        stage: upstream
        keywords: [小部件矿]
      - id: parts
        name: 零件
        stage: midstream
        keywords: [小部件零件]
      - id: market
        name: 市场
        stage: downstream
        keywords: [小部件市场]
    links:
      - ore -> parts
      - {from: parts, to: market}
"""


def write(tmp_path: Path, text: str, name: str = "chains.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, nth: int = 1) -> int:
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == nth:
                return number
    raise AssertionError(needle)


def problems_of(path: Path) -> ChainFileError:
    with pytest.raises(ChainFileError) as info:
        load_chain_file(path)
    assert isinstance(info.value, InputError)
    return info.value


def test_good_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    [chain] = load_chain_file(path)
    assert chain.id == "widgets" and [s.id for s in chain.ordered_segments] == [
        "ore", "parts", "market"]
    assert chain.source == f"{path}:2"


def test_wrong_stage(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("stage: midstream", "stage: middle"))
    err = problems_of(path)
    assert str(err) == (f"{path}:{line_of(path, 'stage: middle')}: chains[0].segments[1].stage: "
                        "must be one of upstream, midstream, downstream (got 'middle')")


def test_chinese_stage_words_are_accepted(tmp_path: Path) -> None:
    text = GOOD.replace("stage: upstream", "stage: 上游")
    text = text.replace("stage: downstream", "stage: 下游")
    [chain] = load_chain_file(write(tmp_path, text))
    assert chain.segments[0].stage is Stage.UPSTREAM


def test_missing_name(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("        name: 零件\n", ""))
    err = problems_of(path)
    # a missing field is reported on the line of the mapping that lacks it
    assert str(err) == (f"{path}:{line_of(path, '- id: parts')}: chains[0].segments[1].name: "
                        "required field is missing")


def test_empty_name(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("    name: 小部件\n", '    name: ""\n'))
    err = problems_of(path)
    assert f"{path}:3: chains[0].name: must not be empty" == str(err)


def test_unknown_link_target(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("{from: parts, to: market}", "{from: parts, to: shop}"))
    err = problems_of(path)
    assert str(err) == (f"{path}:{line_of(path, 'to: shop')}: chains[0].links[1].to: unknown "
                        "segment 'shop'; segments of 'widgets' are: ore, parts, market")


def test_bad_arrow_link(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("- ore -> parts", "- ore parts"))
    err = problems_of(path)
    assert f"{path}:{line_of(path, '- ore parts')}: chains[0].links[0]: a link is " in str(err)


def test_duplicate_segment_id(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("- id: market", "- id: parts"))
    err = problems_of(path)
    assert (f"{path}:{line_of(path, '- id: parts', 2)}: chains[0].segments[2].id: duplicate "
            "segment id 'parts' (first used by segments[1])") in str(err)


def test_duplicate_chain_id(tmp_path: Path) -> None:
    second = GOOD.split("chains:\n", 1)[1].replace("小部件", "大部件")
    path = write(tmp_path, GOOD + second)
    err = problems_of(path)
    assert str(err) == (f"{path}:{line_of(path, 'id: widgets', 2)}: chains[1].id: duplicate "
                        f"chain id 'widgets' (first at {path}:2)")


def test_alias_clash_between_chains(tmp_path: Path) -> None:
    second = GOOD.split("chains:\n", 1)[1].replace("widgets", "gadgets").replace(
        "name: 小部件\n", "name: 小零件\n", 1)
    path = write(tmp_path, GOOD + second)
    err = problems_of(path)
    assert (f"{path}:{line_of(path, 'aliases: [小部件制造]', 2)}: chains[1].aliases[0]: "
            "'小部件制造' already names chain 'widgets'") in str(err)


@pytest.mark.parametrize(("old", "new", "field", "message"), [
    ("    segments:\n      - id: ore", "    segments: ore\n    other:\n      - id: ore",
     "chains[0].segments", "must be a list (got str)"),
    ("    aliases: [小部件制造]", "    aliases: 小部件制造", "chains[0].aliases",
     "must be a list (got str)"),
])
def test_not_a_list(tmp_path: Path, old: str, new: str, field: str, message: str) -> None:
    path = write(tmp_path, GOOD.replace(old, new))
    err = problems_of(path)
    first = err.problems[0]
    assert (first.file, first.field, first.message) == (str(path), field, message)
    assert first.line == line_of(path, new.strip().split("\n")[0])


def test_chains_not_a_list(tmp_path: Path) -> None:
    path = write(tmp_path, "# comment\nchains: widgets\n")
    assert str(problems_of(path)) == f"{path}:2: chains: must be a list of chains (got str)"


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- a\n- b\n")
    assert "expected a mapping with a 'chains' list" in str(problems_of(path))
    path = write(tmp_path, "\n# nothing\n", "empty.yaml")
    assert str(problems_of(path)) == (f"{path}: the file is empty; expected a mapping with a "
                                      "'chains' list")


def test_invalid_yaml_syntax(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("keywords: [小部件零件]", "keywords: [小部件零件"))
    err = problems_of(path)
    assert len(err.problems) == 1
    problem = err.problems[0]
    assert problem.file == str(path) and problem.message.startswith("invalid YAML")
    assert problem.line is not None and problem.line >= line_of(path, "[小部件零件")
    assert str(err).startswith(f"{path}:{problem.line}: invalid YAML")


def test_duplicate_key_and_unknown_field(tmp_path: Path) -> None:
    text = GOOD.replace("        stage: upstream\n",
                        "        stage: upstream\n        stage: downstream\n        stge: x\n")
    path = write(tmp_path, text)
    err = problems_of(path)
    messages = [str(p) for p in err.problems]
    assert (f"{path}:{line_of(path, 'stage: downstream')}: chains[0].segments[0].stage: "
            f"duplicate key (first at line {line_of(path, 'stage: upstream')})") in messages
    assert any(m.startswith(f"{path}:{line_of(path, 'stge: x')}: chains[0].segments[0].stge: "
                            "unknown field; a segment has: id, name, stage") for m in messages)
    assert str(err).startswith(f"2 problems in {path}:")


def test_single_character_keyword_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("keywords: [小部件矿]", "keywords: [小部件矿, 矿]"))
    err = problems_of(path)
    assert str(err) == (f"{path}:{line_of(path, '小部件矿, 矿')}: chains[0].segments[0]."
                        "keywords[1]: must be at least 2 characters (got '矿')")


def test_supply_cycle_and_backwards_link(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD + "      - parts -> ore\n")
    err = problems_of(path)
    assert (f"{path}:{line_of(path, '- parts -> ore')}: chains[0].links[2]: parts (midstream) "
            "cannot supply ore (upstream)") in str(err)
    same_stage = GOOD.replace("stage: midstream", "stage: upstream") + "      - parts -> ore\n"
    path = write(tmp_path, same_stage, "cycle.yaml")
    err = problems_of(path)
    assert (f"{path}:{line_of(path, '- parts -> ore')}: chains[0].links[2]: closes a cycle "
            "ore -> parts -> ore") in str(err)
    # the same loop is fine as a recycle link
    [chain] = load_chain_file(write(tmp_path, GOOD + "      - {from: market, to: ore, kind: "
                                    "recycle}\n", "recycle.yaml"))
    assert [s.id for s in chain.ordered_segments] == ["ore", "parts", "market"]


def test_all_problems_of_a_file_are_reported(tmp_path: Path) -> None:
    text = GOOD.replace("stage: midstream", "stage: middle").replace("to: market", "to: shop")
    err = problems_of(write(tmp_path, text))
    assert [p.field for p in err.problems] == ["chains[0].segments[1].stage"]
    # structure errors come first; link checks need a valid structure, so fix the stage:
    err = problems_of(write(tmp_path, text.replace("middle", "midstream"), "b.yaml"))
    assert [p.field for p in err.problems] == ["chains[0].links[1].to"]
    text2 = GOOD.replace("name: 零件", 'name: ""').replace("stage: upstream", "stage: top")
    err = problems_of(write(tmp_path, text2, "c.yaml"))
    assert [p.field for p in err.problems] == ["chains[0].segments[0].stage",
                                               "chains[0].segments[1].name"]


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    assert str(problems_of(tmp_path / "nope.yaml")) == f"{tmp_path / 'nope.yaml'}: no such file"
    path = tmp_path / "gbk.yaml"
    path.write_bytes("chains: [小部件]".encode("gbk"))
    assert str(problems_of(path)).startswith(f"{path}: not UTF-8 text")


def test_single_chain_file(tmp_path: Path) -> None:
    body = textwrap.dedent(GOOD.split("chains:\n", 1)[1]).replace("- id: widgets", "id: widgets")
    body = "\n".join(line[2:] if line.startswith("  ") else line for line in body.splitlines())
    [chain] = load_chain_file(write(tmp_path, body, "one.yaml"))
    assert chain.id == "widgets"
    bad = write(tmp_path, body.replace("stage: downstream", "stage: down"), "bad.yaml")
    assert problems_of(bad).problems[0].field == "segments[2].stage"


def test_chain_built_in_code_is_checked() -> None:
    data = {"id": "x", "name": "X", "segments": [
        {"id": "a", "name": "A", "stage": "upstream"},
        {"id": "b", "name": "B", "stage": "downstream"}], "links": ["a -> c"]}
    with pytest.raises(ValidationError, match=r"links\[0\]\.to: unknown segment 'c'"):
        Chain.model_validate(data)
    data["links"] = ["a -> b"]
    assert Chain.model_validate(data).source == ""


# ------------------------------------------------------------------------------ user files on top


def test_user_file_on_top_of_shipped(tmp_path: Path, catalog: ChainCatalog) -> None:
    path = write(tmp_path, GOOD.replace("aliases: [小部件制造]", "aliases: [小部件制造, 光伏]")
                 .replace("description: test chain", "description: t\n    related: [nev]"))
    user = catalog.with_files(path)
    assert len(user) == len(catalog) + 1
    assert user.find_chain("光伏").id == "widgets"  # type: ignore[union-attr]
    assert user.find_chain("太阳能光伏").id == "photovoltaic"  # type: ignore[union-attr]
    assert user.overrides == ["'光伏' now names 'widgets', not 'photovoltaic'"]
    assert [c.id for c in user.related("widgets")] == ["nev"]
    assert catalog.find_chain("光伏").id == "photovoltaic"  # type: ignore[union-attr]
    assert user.segments_for("小部件零件")[0][1].id == "parts"


def test_user_chain_replaces_shipped_chain_with_same_id(tmp_path: Path,
                                                        catalog: ChainCatalog) -> None:
    path = write(tmp_path, GOOD.replace("id: widgets", "id: nev").replace(
        "name: 小部件\n", "name: 新能源汽车\n", 1))
    user = catalog.with_files(path)
    assert len(user) == len(catalog)
    assert user.get("nev").segments[0].id == "ore"
    assert user.find_chain("新能源汽车产业").name == "新能源汽车"  # type: ignore[union-attr]
    assert user.find_chain("新能源车") is None  # the shipped aliases went with the old chain


def test_user_files_conflicting_with_each_other(tmp_path: Path, catalog: ChainCatalog) -> None:
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD.replace("widgets", "gadgets"), "b.yaml")
    with pytest.raises(ChainFileError) as info:
        catalog.with_files(a, b)
    assert f"{b}:3: chains[0].name: '小部件' already names chain 'widgets'" in str(info.value)


def test_unknown_related_chain(tmp_path: Path, catalog: ChainCatalog) -> None:
    path = write(tmp_path, GOOD.replace("description: test chain",
                                        "description: t\n    related: [nev, nothing]"))
    with pytest.raises(ChainFileError) as info:
        catalog.with_files(path)
    assert str(info.value) == (f"{path}:{line_of(path, 'related:')}: chains[0].related[1]: "
                               "unknown chain 'nothing'")


def test_script_validates_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "lexicon coverage" in out and "nev" in out
    assert main([str(write(tmp_path, GOOD))]) == 0
    bad = write(tmp_path, GOOD.replace("stage: midstream", "stage: middle"), "bad.yaml")
    assert main([str(bad)]) == 1
    assert f"{bad}:" in capsys.readouterr().err


def test_pure_python_parser_reports_the_same_lines(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    import chainkg.chains as chains

    wrong = write(tmp_path, GOOD.replace("stage: midstream", "stage: middle"))
    broken = write(tmp_path, GOOD.replace("[小部件零件]", "[小部件零件"), "broken.yaml")
    expected = (str(problems_of(wrong)), problems_of(broken).problems[0].line)
    monkeypatch.setattr(chains, "_Loader", yaml.SafeLoader)
    # the same messages and lines (libyaml words its syntax errors a little differently)
    assert (str(problems_of(wrong)), problems_of(broken).problems[0].line) == expected
    assert load_chain_file(write(tmp_path, GOOD, "good.yaml"))[0].source.endswith(":2")
