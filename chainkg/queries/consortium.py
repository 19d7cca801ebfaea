"""产教联合体: consortia of a zone with members by type and stated counts; the reverse for a
university."""

from __future__ import annotations

from chainkg.graph.port import EntityRecord, EntityRef, GraphStore, RelationRecord
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.links import link, links
from chainkg.queries.models import ConsortiumAnswer, ConsortiumView, Link, StatedCount
from chainkg.queries.resolve import resolve

CONSORTIUM_TYPES = (T.CONSORTIUM, T.ASSOCIATION)
MEMBER_TYPE_ORDER = (
    T.ENTERPRISE,
    T.UNIVERSITY,
    T.RESEARCH_INSTITUTE,
    T.ASSOCIATION,
    T.CONSORTIUM,
    T.GOVERNMENT,
    T.ZONE,
)


def _ref(e: EntityRecord) -> EntityRef:
    return EntityRef(id=e.id, type=e.type, name=e.name)


def consortium_views(store: GraphStore, consortia: list[EntityRef]) -> list[ConsortiumView]:
    """Per consortium: leader, members grouped by type, and the counts the text states beside
    them (two store calls for all of them)."""
    ids = [c.id for c in consortia]
    rels = store.relations_of(ids, [R.LEADS, R.MEMBER_OF], "in")
    facts = store.facts_of(ids)
    order: dict[str, int] = {t.value: i for i, t in enumerate(MEMBER_TYPE_ORDER)}
    views = []
    for c in consortia:
        view = ConsortiumView(consortium=c)
        mine = [r for r in rels[c.id] if r.tail.id == c.id]
        view.leaders = links([r for r in mine if r.type == R.LEADS], c.id)
        members: dict[str, list[Link]] = {}
        for rel in mine:
            if rel.type == R.MEMBER_OF:
                members.setdefault(rel.head.type, []).append(link(rel, c.id))
        view.members = dict(sorted(members.items(), key=lambda kv: order.get(kv[0], 99)))
        for fact in facts[c.id]:
            if fact.kind != "member_count":
                continue
            view.stated_counts.append(
                StatedCount(
                    counted_type=fact.counted_type,
                    value=fact.value,
                    unit=fact.unit,
                    noun=fact.noun,
                    text=fact.text,
                    found=len(members.get(fact.counted_type, [])),
                    evidence=fact.evidence,
                )
            )
        views.append(view)
    return views


def _zone_consortia(store: GraphStore, zones: list[str]) -> list[EntityRef]:
    """Consortia led by each zone or by a body that governs it, or located in it, zone by zone."""
    around = store.relations_of(zones, [R.GOVERNS, R.LOCATED_IN], "in")
    governors = {
        z: [r.head.id for r in around[z] if r.type == R.GOVERNS and r.tail.id == z] for z in zones
    }
    led = store.relations_of(
        list(dict.fromkeys(zones + [g for z in zones for g in governors[z]])), [R.LEADS], "out"
    )
    out: list[EntityRef] = []
    for zone in zones:
        found: dict[str, EntityRef] = {}
        for leader in [zone, *governors[zone]]:
            for rel in led[leader]:
                if rel.head.id == leader and rel.tail.type in CONSORTIUM_TYPES:
                    found.setdefault(rel.tail.id, rel.tail)
        for rel in around[zone]:
            if rel.type == R.LOCATED_IN and rel.tail.id == zone and rel.head.type == T.CONSORTIUM:
                found.setdefault(rel.head.id, rel.head)
        out += found.values()
    return out


def _partners_by_kind(rels: list[RelationRecord], entity_id: str) -> dict[str, list[Link]]:
    out: dict[str, list[Link]] = {}
    for rel in rels:
        kind = str(rel.props.get("kind") or "合作")
        out.setdefault(kind, []).append(link(rel, entity_id))
    return out


def consortium(store: GraphStore, name: str) -> ConsortiumAnswer:
    """The consortium answer for a zone, a consortium or (reverse) a university."""
    with store.reading():
        return _consortium(store, name)


def _consortium(store: GraphStore, name: str) -> ConsortiumAnswer:
    subject = resolve(
        store,
        name,
        [
            T.ZONE,
            T.CONSORTIUM,
            T.ASSOCIATION,
            T.UNIVERSITY,
            T.RESEARCH_INSTITUTE,
            T.GOVERNMENT,
            T.ENTERPRISE,
        ],
    )
    answer = ConsortiumAnswer(query=name, subject=_ref(subject))
    if subject.type in (T.UNIVERSITY, T.RESEARCH_INSTITUTE, T.ENTERPRISE):
        return _reverse(store, subject, answer)
    own = store.relations_of([subject.id], [R.GOVERNS, R.LEADS, R.PARTNERS_WITH], "both")
    rels = own[subject.id]
    if subject.type == T.GOVERNMENT:
        governed = [r.tail for r in rels if r.type == R.GOVERNS and r.head.id == subject.id]
        consortia = [r.tail for r in rels if r.type == R.LEADS and r.head.id == subject.id]
        consortia += _zone_consortia(store, [z.id for z in governed])
    elif subject.type == T.ZONE:
        consortia = _zone_consortia(store, [subject.id])
    else:
        consortia = [_ref(subject)]
    unique: list[EntityRef] = []
    seen: set[str] = set()
    for c in consortia:
        if c.id not in seen:
            seen.add(c.id)
            unique.append(c)
    answer.consortia = consortium_views(store, unique)
    answer.partners = _partners_by_kind([r for r in rels if r.type == R.PARTNERS_WITH], subject.id)
    return answer


def _reverse(
    store: GraphStore, subject: EntityRecord, answer: ConsortiumAnswer
) -> ConsortiumAnswer:
    """Which zones, enterprises and consortia a university (or institute) works with."""
    rels = store.relations(subject.id, [R.PARTNERS_WITH, R.MEMBER_OF], "both")
    consortia = [
        lk.entity for rel in rels if (lk := link(rel, subject.id)).entity.type in CONSORTIUM_TYPES
    ]
    views = {v.consortium.id: v for v in consortium_views(store, consortia)}
    led_by = [ld.entity for v in views.values() for ld in v.leaders if ld.entity.type != T.ZONE]
    governed = store.relations_of([e.id for e in led_by], [R.GOVERNS], "out")
    served: list[Link] = []
    for rel in rels:
        lk = link(rel, subject.id)
        t = lk.entity.type
        if t == T.ZONE:
            answer.zones.append(lk)
        elif t == T.ENTERPRISE:
            answer.enterprises.append(lk)
        elif t in CONSORTIUM_TYPES:
            view = views[lk.entity.id]
            answer.consortia.append(view)
            # a consortium's leading zone is served too (through the membership)
            for leader in view.leaders:
                zones = (
                    [leader.entity]
                    if leader.entity.type == T.ZONE
                    else [
                        r.tail for r in governed[leader.entity.id] if r.head.id == leader.entity.id
                    ]
                )
                for zone in zones:
                    if all(z.entity.id != zone.id for z in served):
                        served.append(
                            Link(entity=zone, relation=f"{R.MEMBER_OF}→{view.consortium.name}",
                                 props={"via": view.consortium.name}, evidence=lk.evidence)
                        )  # fmt: skip
        else:
            answer.partners.setdefault(str(rel.props.get("kind") or "合作"), []).append(lk)
    direct = {z.entity.id for z in answer.zones}
    answer.zones += [z for z in served if z.entity.id not in direct]
    return answer
