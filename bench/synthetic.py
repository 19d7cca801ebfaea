"""A deterministic synthetic industry graph in realistic proportions, for benchmarks.

Per 100 enterprises: about 2.5 zones, 3 universities, 0.3 research institutes, 0.2 associations,
and ~5 edges per enterprise (LOCATED_IN 1, IN_INDUSTRY 1.3, PARTNERS_WITH 2, MEMBER_OF 0.5,
CHAIN_LEADER_OF 0.02, supplier links as PARTNERS_WITH). Industries come from the shipped lexicon.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from chainkg.model import entity_id

CITIES = [
    "太原",
    "大同",
    "阳泉",
    "长治",
    "晋城",
    "朔州",
    "晋中",
    "运城",
    "忻州",
    "临汾",
    "吕梁",
    "昌吉",
    "苏州",
    "合肥",
    "西安",
    "成都",
    "武汉",
    "长沙",
    "郑州",
    "济南",
]
INDUSTRIES = [
    "新能源汽车",
    "动力电池",
    "光伏",
    "风电装备",
    "氢能",
    "半导体",
    "信创",
    "数字经济",
    "铝镁精深加工",
    "煤化工",
    "化工新材料",
    "输变电装备",
    "智能装备制造",
    "生物医药",
    "白酒",
    "聚酯新材料",
    "新材料",
    "重型卡车",
    "大数据",
    "集成电路",
]
WORDS = [
    "华",
    "晋",
    "鑫",
    "源",
    "泰",
    "达",
    "通",
    "宏",
    "瑞",
    "恒",
    "新",
    "盛",
    "丰",
    "信",
    "科",
    "智",
    "能",
    "远",
    "航",
    "安",
    "博",
    "德",
    "海",
    "天",
    "金",
    "嘉",
    "隆",
    "启",
    "辰",
    "正",
]
SUFFIXES = ["科技有限公司", "股份有限公司", "集团有限公司", "新材料有限公司", "电气有限公司"]


@dataclass(slots=True)
class SyntheticGraph:
    entities: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)

    def of_type(self, type_: str) -> list[dict[str, Any]]:
        return [e for e in self.entities if e["type"] == type_]


def _entity(type_: str, name: str, **props: Any) -> dict[str, Any]:
    return {"id": entity_id(type_, name), "type": type_, "name": name, "props": props}


def _rel(head: dict[str, Any], type_: str, tail: dict[str, Any]) -> dict[str, Any]:
    from chainkg.graph.records import relation_id

    return {
        "id": relation_id(head["id"], type_, tail["id"]),
        "head_id": head["id"],
        "type": type_,
        "tail_id": tail["id"],
        "props": {},
    }


def company_names(rng: random.Random) -> Iterator[str]:
    seen: set[str] = set()
    while True:
        name = (
            rng.choice(CITIES)
            + "".join(rng.choice(WORDS) for _ in range(rng.randint(2, 3)))
            + rng.choice(SUFFIXES)
        )
        if name not in seen:
            seen.add(name)
            yield name


def generate(enterprises: int, seed: int = 7) -> SyntheticGraph:
    """A graph with ``enterprises`` enterprises and the rest in proportion."""
    rng = random.Random(seed)
    g = SyntheticGraph()
    industries = [_entity("Industry", n) for n in INDUSTRIES]
    zones = [
        _entity(
            "Zone", f"{CITIES[i % len(CITIES)]}第{i}经济技术开发区", city=CITIES[i % len(CITIES)]
        )
        for i in range(max(1, enterprises // 40))
    ]
    universities = [
        _entity("University", f"{CITIES[i % len(CITIES)]}第{i}职业技术学院")
        for i in range(max(1, enterprises // 33))
    ]
    names = company_names(rng)
    companies = [_entity("Enterprise", next(names)) for _ in range(enterprises)]
    g.entities = industries + zones + universities + companies
    for i in range(len(industries) - 1):
        g.relations.append(_rel(industries[i], "UPSTREAM_OF", industries[i + 1]))
    for z in zones:
        for ind in rng.sample(industries, 3):
            g.relations.append(_rel(z, "FOCUSES_ON", ind))
    for c in companies:
        g.relations.append(_rel(c, "LOCATED_IN", rng.choice(zones)))
        g.relations.append(_rel(c, "IN_INDUSTRY", rng.choice(industries)))
        if rng.random() < 0.3:
            g.relations.append(_rel(c, "IN_INDUSTRY", rng.choice(industries)))
        if rng.random() < 0.02:
            g.relations.append(_rel(c, "CHAIN_LEADER_OF", rng.choice(industries)))
        if rng.random() < 0.5:
            g.relations.append(_rel(rng.choice(universities), "PARTNERS_WITH", c))
        for _ in range(2):
            other = rng.choice(companies)
            if other is not c:
                g.relations.append(_rel(c, "PARTNERS_WITH", other))
    unique = {r["id"]: r for r in g.relations}
    g.relations = list(unique.values())
    return g


def add_consortia(g: SyntheticGraph, seed: int = 11) -> None:
    """Every third zone leads a consortium of about 20 enterprises and universities."""
    rng = random.Random(seed)
    companies = g.of_type("Enterprise")
    universities = g.of_type("University")
    for i, zone in enumerate(g.of_type("Zone")):
        if i % 3:
            continue
        cons = _entity("Consortium", f"{zone['name']}产教联合体")
        g.entities.append(cons)
        g.relations.append(_rel(zone, "LEADS", cons))
        for member in rng.sample(companies, min(15, len(companies))) + rng.sample(
            universities, min(5, len(universities))
        ):
            g.relations.append(_rel(member, "MEMBER_OF", cons))


def document_graphs(g: SyntheticGraph, per_doc: int = 5000) -> Iterator[Any]:
    """The graph as documents of ``per_doc`` relations each, every relation with evidence."""
    from chainkg.graph.records import DocumentGraph, EntityRow, Evidence, MentionRow, RelationRow
    from chainkg.model import Document, Passage

    by_id = {e["id"]: e for e in g.entities}
    for n, start in enumerate(range(0, len(g.relations), per_doc)):
        rels = g.relations[start : start + per_doc]
        lines = [
            f"{by_id[r['head_id']]['name']}{r['type']}{by_id[r['tail_id']]['name']}。" for r in rels
        ]
        text = "\n".join(lines)
        doc_id = f"doc_synthetic{n:06d}"
        doc = Document(id=doc_id, title=f"synthetic {n}", source=f"synthetic:{n}", text=text)
        doc.passages = [Passage(f"{doc_id}:0", doc_id, 0, text[:400], 0, min(400, len(text)))]
        dg = DocumentGraph(document=doc)
        pos = 0
        for r, line in zip(rels, lines, strict=True):
            ev = Evidence(doc_id, f"{doc_id}:0", pos, pos + len(line), line)
            pos += len(line) + 1
            for eid in (r["head_id"], r["tail_id"]):
                e = by_id[eid]
                if eid not in dg.entities:
                    dg.entities[eid] = EntityRow(eid, e["type"], e["name"], props=dict(e["props"]))
                    dg.mentions.append(MentionRow(eid, e["name"], ev))
            dg.relations.append(RelationRow(r["id"], r["head_id"], r["type"], r["tail_id"], {}, ev))
        yield dg
