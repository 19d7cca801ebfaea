"""Building small documents and extractions by hand, from sentences written for the tests."""

from __future__ import annotations

from chainkg.graph.records import DocumentGraph, build_document_graph
from chainkg.ingest.document import prepare
from chainkg.ingest.readers import SourceText
from chainkg.model import Extraction, Fact, Mention, RelationMention

# Written for the tests in the style of the reports (not copied from any report).
TEXT = (
    "晋北经济开发区管委会牵头组建晋北产教联合体，聚合华晋重工有限公司等12家企业，"
    "联合太原理工大学等3所院校。\n"
    "晋北经济开发区围绕新能源汽车打造产业集群，与太原理工大学共建实习实训基地。\n"
    "华晋重工有限公司落户晋北经济开发区，是新能源汽车链主企业。"
)


def mention(name: str, type_: str, canonical: str = "", nth: int = 0, text: str = TEXT) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(name=name, type=type_, start=start, end=start + len(name), canonical=canonical)


def relation(head: Mention, type_: str, tail: Mention, **props: str | float) -> RelationMention:
    start, end = min(head.start, tail.start), max(head.end, tail.end)
    return RelationMention(head, type_, tail, start, end, props=tuple(props.items()))


def sample_extraction() -> Extraction:
    gov = mention("晋北经济开发区管委会", "Government")
    zone = mention("晋北经济开发区", "Zone", nth=1)
    zone2 = mention("晋北经济开发区", "Zone", nth=2)
    cons = mention("晋北产教联合体", "Consortium")
    ent = mention("华晋重工有限公司", "Enterprise")
    ent2 = mention("华晋重工有限公司", "Enterprise", nth=1)
    uni = mention("太原理工大学", "University")
    uni2 = mention("太原理工大学", "University", nth=1)
    ind = mention("新能源汽车", "Industry")
    ind2 = mention("新能源汽车", "Industry", nth=1)
    zone_in_gov = Mention("晋北经济开发区", "Zone", gov.start, gov.start + 7)
    fact_at = TEXT.index("12家")
    fact2_at = TEXT.index("3所")
    return Extraction(
        entities=[gov, zone_in_gov, zone, zone2, cons, ent, ent2, uni, uni2, ind, ind2],
        relations=[
            relation(gov, "GOVERNS", zone_in_gov),
            relation(gov, "LEADS", cons),
            relation(ent, "MEMBER_OF", cons),
            relation(uni, "MEMBER_OF", cons),
            relation(zone, "FOCUSES_ON", ind, role="主导"),
            relation(zone, "PARTNERS_WITH", uni2, kind="实训基地"),
            relation(ent2, "LOCATED_IN", zone2),
            relation(ent2, "CHAIN_LEADER_OF", ind2),
            relation(ent2, "IN_INDUSTRY", ind2),
        ],
        facts=[
            Fact(
                cons, "member_count", 12, "家", "12家", fact_at, fact_at + 3, "企业", "Enterprise"
            ),
            Fact(
                cons, "member_count", 3, "所", "3所", fact2_at, fact2_at + 2, "院校", "University"
            ),
        ],
    )


def sample_graph(text: str = TEXT, extraction: Extraction | None = None) -> DocumentGraph:
    doc, repaired = prepare(SourceText(path="test.txt", title="测试报告", text=text), 60)
    return build_document_graph(doc, repaired, extraction or sample_extraction())
