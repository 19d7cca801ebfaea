"""Exports: any answer as table rows (CSV, XLSX) and any subgraph as GraphML or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

import networkx as nx
from pydantic import BaseModel

from chainkg.errors import InputError
from chainkg.graph.port import EvidenceRecord, RelationRecord
from chainkg.queries.models import (
    ChainAnswer,
    ConsortiumAnswer,
    EntityProfile,
    LeadersAnswer,
    Link,
)
from chainkg.queries.paths import Neighbourhood, PathAnswer
from chainkg.search.port import SearchResult

TABLE_FORMATS = ("csv", "xlsx")
GRAPH_FORMATS = ("graphml", "json")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "graphml": "application/graphml+xml",
    "json": "application/json",
}


def _ev(ev: list[EvidenceRecord]) -> dict[str, Any]:
    first = ev[0] if ev else None
    return {
        "evidence": first.sentence if first else "",
        "doc_id": first.doc_id if first else "",
        "start": first.start if first else "",
        "end": first.end if first else "",
        "evidence_count": len(ev),
    }


def _link(group: str, subject: str, lk: Link) -> dict[str, Any]:
    return {
        "group": group, "subject": subject, "entity": lk.entity.name, "type": lk.entity.type,
        "relation": lk.relation, "kind": lk.props.get("kind", ""), **_ev(lk.evidence),
    }  # fmt: skip


def _relation(r: RelationRecord) -> dict[str, Any]:
    return {
        "head": r.head.name, "head_type": r.head.type, "relation": r.type, "tail": r.tail.name,
        "tail_type": r.tail.type, "kind": r.props.get("kind", ""), **_ev(r.evidence),
    }  # fmt: skip


def rows(answer: BaseModel) -> list[dict[str, Any]]:
    """The answer flattened into table rows, each with its first evidence sentence."""
    out: list[dict[str, Any]] = []
    if isinstance(answer, ConsortiumAnswer):
        for v in answer.consortia:
            c = v.consortium.name
            out += [_link("leader", c, lk) for lk in v.leaders]
            for t, members in v.members.items():
                out += [_link(f"member:{t}", c, lk) for lk in members]
            for s in v.stated_counts:
                count = f"{s.value:g}{s.unit}"
                out.append({"group": "stated_count", "subject": c, "entity": s.noun,
                            "type": s.counted_type, "relation": "count", "kind": count,
                            **_ev([s.evidence])})  # fmt: skip
        for kind, partner_links in answer.partners.items():
            out += [_link(f"partner:{kind}", answer.subject.name, lk) for lk in partner_links]
        out += [_link("zone", answer.subject.name, lk) for lk in answer.zones]
        out += [_link("enterprise", answer.subject.name, lk) for lk in answer.enterprises]
    elif isinstance(answer, ChainAnswer):
        subject = answer.zone.name if answer.zone else answer.query
        for ic in answer.industries:
            for seg in ic.segments:
                out.append({"group": f"segment:{ic.industry.name}", "subject": subject,
                            "entity": seg.name, "type": seg.stage, "relation": seg.status,
                            "kind": "、".join(e.name for e in seg.enterprises),
                            **_ev([])})  # fmt: skip
            for target in ic.targets:
                out.append({"group": f"target:{ic.industry.name}", "subject": subject,
                            "entity": target.entity.name, "type": target.entity.type,
                            "relation": "target", "kind": f"{target.score:.3f}",
                            "reasons": "; ".join(target.reasons),
                            **_ev(target.evidence)})  # fmt: skip
    elif isinstance(answer, LeadersAnswer):
        for leader in answer.leaders:
            out.append({"group": "leader", "subject": answer.industry.name,
                        "entity": leader.entity.name, "type": leader.entity.type,
                        "relation": "链主" if leader.explicit else "centrality",
                        "kind": f"{leader.score:.6f}", **_ev(leader.evidence)})  # fmt: skip
            out += [_link("could_bring", leader.entity.name, lk) for lk in leader.partners]
    elif isinstance(answer, SearchResult):
        out = [{"rank": i, "passage_id": h.passage_id, "doc_id": h.doc_id, "score": h.score,
                "start": h.start, "end": h.end, "text": h.text}
               for i, h in enumerate(answer.passages, start=answer.offset + 1)]  # fmt: skip
    elif isinstance(answer, EntityProfile | Neighbourhood | PathAnswer):
        rels = answer.relations if not isinstance(answer, PathAnswer) else answer.hops
        out = [_relation(r) for r in rels]
    else:
        raise InputError(f"{type(answer).__name__} cannot be exported as a table")
    return out


def _columns(table: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(k for row in table for k in row))


def to_csv(table: list[dict[str, Any]]) -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs read the Chinese right."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_columns(table) or ["empty"])
    writer.writeheader()
    writer.writerows(table)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(table: list[dict[str, Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    cols = _columns(table)
    sheet.append(cols)
    for row in table:
        sheet.append([row.get(c, "") for c in cols])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def subgraph(relations: Iterable[RelationRecord]) -> nx.MultiDiGraph:
    """A networkx graph of these relations (evidence as edge attributes)."""
    g = nx.MultiDiGraph()
    for r in relations:
        for e in (r.head, r.tail):
            g.add_node(e.id, name=e.name, type=e.type)
        first = r.evidence[0] if r.evidence else None
        g.add_edge(
            r.head.id, r.tail.id, key=r.id, type=r.type, kind=str(r.props.get("kind", "")),
            evidence=first.sentence if first else "", doc_id=first.doc_id if first else "",
            start=first.start if first else -1, end=first.end if first else -1,
        )  # fmt: skip
    return g


def export(answer: BaseModel, fmt: str) -> bytes:
    """``answer`` in ``fmt`` (csv, xlsx, graphml, json)."""
    fmt = fmt.lower()
    if fmt == "csv":
        return to_csv(rows(answer))
    if fmt == "xlsx":
        return to_xlsx(rows(answer))
    if fmt in GRAPH_FORMATS:
        if isinstance(answer, PathAnswer):
            rels = answer.hops
        elif isinstance(answer, EntityProfile | Neighbourhood):
            rels = answer.relations
        else:
            raise InputError(f"{fmt} export needs a subgraph (entity, neighbourhood or path)")
        g = subgraph(rels)
        if fmt == "json":
            data = nx.node_link_data(g, edges="edges")
            return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
        return "\n".join(nx.generate_graphml(g)).encode("utf-8")
    raise InputError(f"unknown export format {fmt!r}; use one of csv, xlsx, graphml, json")
