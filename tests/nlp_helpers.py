"""What the extractor found, in the shapes the rule tests compare against."""

from __future__ import annotations

from chainkg.model import Extraction
from chainkg.nlp.extractor import extract_text

Triple = tuple[str, str, str]


def entity_names(x: Extraction, type_: str) -> set[str]:
    """Names of the mentions of one entity type."""
    return {m.name for m in x.entities if m.type == type_}


def relation_pairs(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """(head, tail) canonical names of the relations of one type."""
    return {(r.head.canonical or r.head.name, r.tail.canonical or r.tail.name)
            for r in x.relations if r.type == type_}


def triples(text: str, symmetric: bool = False) -> set[Triple]:
    """(head, type, tail) of every relation found in ``text``, types named as the gold names
    them (CHAIN_LEADER); with ``symmetric``, a PARTNERS_WITH pair is there both ways round."""
    out: set[Triple] = set()
    for r in extract_text(text).relations:
        t = "CHAIN_LEADER" if r.type == "CHAIN_LEADER_OF" else r.type
        h, tl = r.head.canonical or r.head.name, r.tail.canonical or r.tail.name
        out.add((h, t, tl))
        if symmetric and t == "PARTNERS_WITH":
            out.add((tl, t, h))
    return out
