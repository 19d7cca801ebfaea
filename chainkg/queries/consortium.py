"""产教联合体: consortia of a zone with members by type and stated counts; the reverse for a
university."""

from __future__ import annotations

from chainkg.graph.port import EntityRecord, EntityRef, GraphStore
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


def consortium_view(store: GraphStore, consortium: EntityRef) -> ConsortiumView:
    """Leader, members grouped by type, and the counts the text states beside them."""
    view = ConsortiumView(consortium=consortium)
    view.leaders = links(store.relations(consortium.id, [R.LEADS], "in"), consortium.id)
    members: dict[str, list[Link]] = {}
    for rel in store.relations(consortium.id, [R.MEMBER_OF], "in"):
        members.setdefault(rel.head.type, []).append(link(rel, consortium.id))
    order: dict[str, int] = {t.value: i for i, t in enumerate(MEMBER_TYPE_ORDER)}
    view.members = dict(sorted(members.items(), key=lambda kv: order.get(kv[0], 99)))
    for fact in store.facts(consortium.id):
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
    return view


def _zone_consortia(store: GraphStore, zone: EntityRecord) -> list[EntityRef]:
    """Consortia led by the zone or by a body that governs it, or located in it."""
    leaders = [zone.id] + [r.head.id for r in store.relations(zone.id, [R.GOVERNS], "in")]
    found: dict[str, EntityRef] = {}
    for leader in leaders:
        for rel in store.relations(leader, [R.LEADS], "out"):
            if rel.tail.type in CONSORTIUM_TYPES:
                found.setdefault(rel.tail.id, rel.tail)
    for rel in store.relations(zone.id, [R.LOCATED_IN], "in"):
        if rel.head.type == T.CONSORTIUM:
            found.setdefault(rel.head.id, rel.head)
    return list(found.values())


def _partners_by_kind(store: GraphStore, entity_id: str) -> dict[str, list[Link]]:
    out: dict[str, list[Link]] = {}
    for rel in store.relations(entity_id, [R.PARTNERS_WITH], "both"):
        kind = str(rel.props.get("kind") or "合作")
        out.setdefault(kind, []).append(link(rel, entity_id))
    return out


def consortium(store: GraphStore, name: str) -> ConsortiumAnswer:
    """The consortium answer for a zone, a consortium or (reverse) a university."""
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
    if subject.type == T.GOVERNMENT:
        governed = store.relations(subject.id, [R.GOVERNS], "out")
        refs = [r.tail for r in governed]
        consortia = [r.tail for r in store.relations(subject.id, [R.LEADS], "out")]
        for zone_ref in refs:
            zone = store.entity(zone_ref.id)
            if zone is not None:
                consortia += _zone_consortia(store, zone)
    elif subject.type == T.ZONE:
        consortia = _zone_consortia(store, subject)
    else:
        consortia = [_ref(subject)]
    seen: set[str] = set()
    for c in consortia:
        if c.id not in seen:
            seen.add(c.id)
            answer.consortia.append(consortium_view(store, c))
    answer.partners = _partners_by_kind(store, subject.id)
    return answer


def _reverse(
    store: GraphStore, subject: EntityRecord, answer: ConsortiumAnswer
) -> ConsortiumAnswer:
    """Which zones, enterprises and consortia a university (or institute) works with."""
    rels = store.relations(subject.id, [R.PARTNERS_WITH, R.MEMBER_OF], "both")
    served: list[Link] = []
    for rel in rels:
        lk = link(rel, subject.id)
        t = lk.entity.type
        if t == T.ZONE:
            answer.zones.append(lk)
        elif t == T.ENTERPRISE:
            answer.enterprises.append(lk)
        elif t in CONSORTIUM_TYPES:
            view = consortium_view(store, lk.entity)
            answer.consortia.append(view)
            # a consortium's leading zone is served too (through the membership)
            for leader in view.leaders:
                zones = (
                    [leader.entity]
                    if leader.entity.type == T.ZONE
                    else [r.tail for r in store.relations(leader.entity.id, [R.GOVERNS], "out")]
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
