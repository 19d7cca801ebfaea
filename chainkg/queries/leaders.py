"""链主招商: the chain leaders of an industry and the partners they could bring."""

from __future__ import annotations

import networkx as nx

from chainkg.graph.port import EntityRef, GraphStore
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R
from chainkg.queries.chain import zone_enterprises
from chainkg.queries.links import link
from chainkg.queries.models import ChainLeader, LeadersAnswer
from chainkg.queries.resolve import resolve

NETWORK_RELATIONS = (R.PARTNERS_WITH, R.MEMBER_OF, R.INVESTS_IN, R.LOCATED_IN)


def chain_leaders(store: GraphStore, industry_name: str, zone: str | None = None) -> LeadersAnswer:
    """Explicit 链主/龙头 statements first, then the industry's enterprises by PageRank."""
    industry = resolve(store, industry_name, [T.INDUSTRY])
    answer = LeadersAnswer(
        query=industry_name,
        industry=EntityRef(id=industry.id, type=industry.type, name=industry.name),
    )
    in_zone = zone_enterprises(store, resolve(store, zone, [T.ZONE]).id) if zone else set()
    rels = store.relations(industry.id, [R.CHAIN_LEADER_OF, R.IN_INDUSTRY], "in")
    explicit = {r.head.id: r for r in rels if r.type == R.CHAIN_LEADER_OF}
    members = {r.head.id: r for r in rels if r.head.type == T.ENTERPRISE}
    graph = nx.Graph()
    for eid in members:
        graph.add_node(eid)
        for rel in store.relations(eid, NETWORK_RELATIONS, "both"):
            graph.add_edge(rel.head.id, rel.tail.id)
    rank = nx.pagerank(graph) if graph.number_of_edges() else {n: 0.0 for n in graph}
    for eid, rel in members.items():
        is_leader = eid in explicit
        partners = [
            link(r, eid)
            for r in store.relations(eid, [R.PARTNERS_WITH], "both")
            if (r.tail.id if r.head.id == eid else r.head.id) not in in_zone
        ]
        answer.leaders.append(
            ChainLeader(
                entity=rel.head,
                explicit=is_leader,
                score=round((1.0 if is_leader else 0.0) + rank.get(eid, 0.0), 6),
                evidence=(explicit[eid] if is_leader else rel).evidence,
                partners=partners,
            )
        )
    answer.leaders.sort(key=lambda c: (not c.explicit, -c.score, c.entity.name))
    return answer
