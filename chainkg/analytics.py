"""Batch graph algorithms over the stored graph (run after ingest, never per request)."""

from __future__ import annotations

import networkx as nx

from chainkg.graph.port import GraphStore
from chainkg.model import RelationType as R

# The partnership and supply network: who works with, supplies, joins or invests in whom.
NETWORK = (R.PARTNERS_WITH, R.MEMBER_OF, R.INVESTS_IN, R.CHAIN_LEADER_OF, R.LEADS)


def network(store: GraphStore) -> nx.Graph:
    """The undirected partnership and supply subgraph."""
    g = nx.Graph()
    for head, _type, tail in store.edges(NETWORK):
        g.add_edge(head, tail)
    return g


def compute_centrality(store: GraphStore) -> dict[str, float]:
    """PageRank over the partnership and supply subgraph, stored on the entities."""
    g = network(store)
    scores: dict[str, float] = nx.pagerank(g) if g.number_of_edges() else {}
    rounded = {k: round(float(v), 8) for k, v in scores.items()}
    store.set_centrality(rounded)
    return rounded
