"""The ``chainkg extract`` contract: an ``Extraction`` as plain JSON-ready data.

``{"entities": [{"name", "type", "start", "end"}],
   "relations": [{"head", "type", "tail", "evidence": {"start", "end"}, ["amount"]}]}``

- one entity entry per mention occurrence (``name`` = surface form in the repaired text,
  ``start``/``end`` = offsets in the original text), sorted by position;
- relations name their ends by the canonical full form (the scorer maps aliases to full forms
  too), deduplicated per ``(head, type, tail)`` (``PARTNERS_WITH`` without direction), first
  evidence kept, sorted by evidence position;
- an ``INVESTS_IN`` relation whose amount was stated carries it as ``amount``, written as the
  shared corpus writes it (``"9.4亿元"``).
"""

from __future__ import annotations

from typing import Any

from chainkg.model import SYMMETRIC_RELATIONS, Extraction
from chainkg.nlp.numbers import amount_text

ENTITY_KEYS = ("name", "type", "start", "end")
RELATION_KEYS = ("head", "type", "tail", "evidence")
OPTIONAL_RELATION_KEYS = ("amount",)  # INVESTS_IN only


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """The extraction as the stable ``chainkg extract`` JSON contract (deterministic order)."""
    ents: dict[tuple[int, int, str, str], dict[str, Any]] = {}
    for m in extraction.entities:
        key = (m.start, m.end, m.type, m.name)
        ents.setdefault(key, {"name": m.name, "type": m.type, "start": m.start, "end": m.end})
    rels: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in extraction.relations:
        head = r.head.canonical or r.head.name  # the document's full form (not the identity)
        tail = r.tail.canonical or r.tail.name
        rkey = (head, r.type, tail)
        if r.type in SYMMETRIC_RELATIONS:
            a, b = sorted((head, tail))
            rkey = (a, r.type, b)
        if rkey in rels:
            continue
        rels[rkey] = {"head": head, "type": r.type, "tail": tail,
                     "evidence": {"start": r.start, "end": r.end}}
        amount = dict(r.props).get("amount_cny")
        if r.type == "INVESTS_IN" and isinstance(amount, int | float) and amount > 0:
            rels[rkey]["amount"] = amount_text(float(amount))
    return {
        "entities": [ents[k] for k in sorted(ents)],
        "relations": sorted(rels.values(), key=lambda d: (d["evidence"]["start"],
                                                          d["evidence"]["end"], d["type"],
                                                          d["head"], d["tail"])),
    }


def validate_contract(data: Any, text_length: int | None = None) -> list[str]:
    """Problems with a contract document (empty when it satisfies the contract)."""
    problems: list[str] = []
    if not isinstance(data, dict) or set(data) != {"entities", "relations"}:
        return ["top level must be an object with exactly 'entities' and 'relations'"]
    for i, e in enumerate(data["entities"]):
        if not isinstance(e, dict) or tuple(sorted(e)) != tuple(sorted(ENTITY_KEYS)):
            problems.append(f"entity {i}: keys must be {ENTITY_KEYS}")
            continue
        if not (isinstance(e["name"], str) and e["name"] and isinstance(e["type"], str)):
            problems.append(f"entity {i}: name and type must be non-empty strings")
        if not (isinstance(e["start"], int) and isinstance(e["end"], int)
                and 0 <= e["start"] < e["end"]):
            problems.append(f"entity {i}: bad span {e['start']}..{e['end']}")
        elif text_length is not None and e["end"] > text_length:
            problems.append(f"entity {i}: span beyond the text")
    for i, r in enumerate(data["relations"]):
        if not isinstance(r, dict) or not (
            set(RELATION_KEYS) <= set(r) <= set(RELATION_KEYS + OPTIONAL_RELATION_KEYS)
        ):
            problems.append(f"relation {i}: keys must be {RELATION_KEYS} (and amount)")
            continue
        if "amount" in r and not (r["type"] == "INVESTS_IN" and isinstance(r["amount"], str)
                                  and r["amount"]):  # fmt: skip
            problems.append(f"relation {i}: only INVESTS_IN carries an amount, as text")
        ev = r["evidence"]
        if not (isinstance(ev, dict) and set(ev) == {"start", "end"}
                and isinstance(ev["start"], int) and isinstance(ev["end"], int)
                and 0 <= ev["start"] <= ev["end"]):
            problems.append(f"relation {i}: evidence must be {{start, end}} with start <= end")
        elif text_length is not None and ev["end"] > text_length:
            problems.append(f"relation {i}: evidence beyond the text")
        for k in ("head", "type", "tail"):
            if not (isinstance(r[k], str) and r[k]):
                problems.append(f"relation {i}: {k} must be a non-empty string")
    return problems
