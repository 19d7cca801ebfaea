"""Human-readable rendering of answers for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from chainkg.graph.port import EvidenceRecord
from chainkg.queries.models import (
    ChainAnswer,
    ConsortiumAnswer,
    EntityProfile,
    LeadersAnswer,
    Link,
)
from chainkg.queries.paths import Neighbourhood, PathAnswer
from chainkg.search.port import SearchResult

TYPE_LABELS = {
    "Enterprise": "企业 enterprises",
    "University": "院校 universities",
    "ResearchInstitute": "科研机构 research bodies",
    "Association": "协会/联盟 associations",
    "Consortium": "联合体 consortia",
    "Government": "政府 government",
    "Zone": "园区 zones",
}


EXCERPT = 60  # characters of context shown on each side of the focus in terminal citations


# How the partnership kinds the extractor records read in an answer.
PARTNER_KINDS = {
    "实训基地": "training bases",
    "协议": "agreements",
    "联合培养": "talent programmes",
    "委托": "talent programmes (commissioned)",
    "供应": "suppliers and customers",
    "合作": "cooperation",
}

def excerpt(sentence: str, focus: str = "", width: int = EXCERPT) -> str:
    """The sentence clipped around ``focus`` (the whole sentence stays in ``--json``)."""
    if len(sentence) <= 2 * width + len(focus):
        return sentence
    at = sentence.find(focus) if focus else -1
    if at < 0:
        return sentence[: 2 * width] + "…"
    start, end = max(0, at - width), min(len(sentence), at + len(focus) + width)
    return ("…" if start else "") + sentence[start:end] + ("…" if end < len(sentence) else "")


def _asked(query: str, name: str) -> str:
    """How the user named an entity whose canonical (official) name differs."""
    return f" — asked as “{query}”" if query and query != name else ""


def _cite(ev: list[EvidenceRecord], focus: str = "") -> str:
    if not ev:
        return ""
    e = ev[0]
    more = f" (+{len(ev) - 1} more)" if len(ev) > 1 else ""
    title = e.doc_title or e.doc_id
    title = title if len(title) <= 16 else title[:15] + "…"
    return f"    ↳ “{excerpt(e.sentence, focus)}” [{title} @{e.start}-{e.end}]{more}"


def _link_lines(console: Console, items: list[Link], indent: str = "  ") -> None:
    for lk in items:
        extra = f" ({lk.props['kind']})" if lk.props.get("kind") else ""
        console.print(f"{indent}- {lk.entity.name} [{lk.entity.type}]{extra}", highlight=False)
        console.print(indent + _cite(lk.evidence, lk.entity.name), style="dim", highlight=False)


def render_consortium(console: Console, a: ConsortiumAnswer) -> None:
    console.print(
        f"[bold]{a.subject.name}[/bold] ({a.subject.type}){_asked(a.query, a.subject.name)}",
        highlight=False,
    )
    if not (a.consortia or a.partners or a.zones or a.enterprises):
        console.print("  no consortium, partnership or membership found", style="yellow")
    for view in a.consortia:
        console.print(f"\n[bold]产教联合体 / consortium: {view.consortium.name}[/bold]")
        if view.leaders:
            console.print(" 牵头 led by:")
            _link_lines(console, view.leaders)
        for t, members in view.members.items():
            console.print(f" {TYPE_LABELS.get(t, t)}: {len(members)} named")
            _link_lines(console, members)
        if view.stated_counts:
            table = Table("counted", "stated", "named here", "as written", title="stated counts")
            for c in view.stated_counts:
                table.add_row(
                    TYPE_LABELS.get(c.counted_type, c.counted_type or c.noun),
                    f"{c.value:g} {c.unit}",
                    str(c.found),
                    f"{c.value:g}{c.unit}{c.noun}",
                )
            console.print(table)
            cited: set[str] = set()
            for c in view.stated_counts:
                if c.evidence.sentence not in cited:
                    cited.add(c.evidence.sentence)
                    console.print(_cite([c.evidence]), style="dim", highlight=False)
    for title, group in (("zones served", a.zones), ("enterprises", a.enterprises)):
        if group:
            console.print(f"\n[bold]{title}[/bold]")
            _link_lines(console, group)
    for kind, partners in a.partners.items():
        console.print(f"\n[bold]{PARTNER_KINDS.get(kind, 'partners')} — {kind}[/bold]")
        _link_lines(console, partners)


STATUS = {
    "covered": ("covered", "green"),
    "strengthen": ("强链 strengthen", "cyan"),
    "gap": ("补链 gap", "red"),
    "extend": ("延链 extend", "yellow"),
    "beyond": ("beyond", "dim"),
}


def render_chain(console: Console, a: ChainAnswer) -> None:
    head = a.zone.name + _asked(a.query, a.zone.name) if a.zone else a.query
    console.print(f"[bold]{head}[/bold]: {len(a.industries)} industries", highlight=False)
    if not a.industries:
        console.print("  no focus industry found for this zone", style="yellow")
    for ic in a.industries:
        role = ""
        if ic.focus and ic.focus.props.get("role"):
            role = f" ({ic.focus.props['role']})"
        chain = f" — reference chain {ic.chain}" if ic.chain else ""
        console.print(f"\n[bold]{ic.industry.name}[/bold]{role}{chain}", highlight=False)
        if ic.focus:
            console.print(_cite(ic.focus.evidence, ic.industry.name), style="dim", highlight=False)
        if ic.note:
            console.print(f"  {ic.note}", style="yellow", highlight=False)
        if ic.segments:
            table = Table("stage", "segment", "status", "zone enterprises")
            for seg in ic.segments:
                label, style = STATUS.get(seg.status, (seg.status, ""))
                names = "、".join(e.name for e in seg.enterprises[:4])
                more = f" +{len(seg.enterprises) - 4}" if len(seg.enterprises) > 4 else ""
                table.add_row(
                    seg.stage_label, seg.name, f"[{style}]{label}[/{style}]", names + more
                )
            console.print(table)
        for t in ic.targets:
            fits = f" → {'、'.join(t.segments)}" if t.segments else ""
            console.print(f"  target {t.entity.name}{fits}  score {t.score:.2f}", highlight=False)
            console.print(f"    {'; '.join(t.reasons)}", style="dim", highlight=False)


def render_leaders(console: Console, a: LeadersAnswer) -> None:
    chain = f" (reference chain {a.chain})" if a.chain else ""
    console.print(f"[bold]{a.industry.name}[/bold]{chain}: {len(a.leaders)} candidates",
                  highlight=False)  # fmt: skip
    for c in a.leaders:
        tag = "链主 (stated)" if c.explicit else "by centrality"
        console.print(f"- {c.entity.name} [{tag}] centrality {c.score:.4f}", highlight=False,
                      markup=False)  # fmt: skip
        console.print(_cite(c.evidence, c.entity.name), style="dim", highlight=False)
        if c.partners:
            console.print("  could bring (以商引商):")
            _link_lines(console, c.partners, "    ")
        for t in c.triads:
            triad = f"{t.government.name} + {t.leader.name} + {t.zone.name}"
            console.print(f"  政府+链主+园区: {triad}", highlight=False)


def render_search(console: Console, r: SearchResult) -> None:
    console.print(
        f"{r.total} passages for “{r.query}” (tokens: {' '.join(r.tokens)}); "
        f"showing {r.offset + 1}-{r.offset + len(r.passages)}",
        highlight=False,
    )
    if r.entities:
        console.print("entities: " + ", ".join(f"{e.name} [{e.type}]" for e in r.entities))
    for i, hit in enumerate(r.passages, start=r.offset + 1):
        console.print(
            f"\n{i}. [{hit.doc_id} {hit.passage_id} @{hit.start}-{hit.end}] score {hit.score:.2f}",
            style="bold",
            highlight=False,
            markup=False,
        )
        console.print(hit.snippet, highlight=False, markup=False)


def render_profile(console: Console, p: EntityProfile) -> None:
    e = p.entity
    console.print(f"[bold]{e.name}[/bold] ({e.type}) id={e.id}", highlight=False)
    if e.aliases:
        console.print("aliases: " + "、".join(e.aliases), highlight=False)
    for rel in p.relations:
        other = rel.tail if rel.head.id == e.id else rel.head
        arrow = "→" if rel.head.id == e.id else "←"
        kind = f" ({rel.props['kind']})" if rel.props.get("kind") else ""
        console.print(f"- {rel.type}{kind} {arrow} {other.name} [{other.type}]", highlight=False)
        console.print(_cite(rel.evidence, other.name), style="dim", highlight=False)
    for f in p.facts:
        console.print(f"- {f.kind}: {f.value:g}{f.unit}{f.noun}", highlight=False)
        console.print(_cite([f.evidence], f.text.strip()), style="dim", highlight=False)


def render_path(console: Console, p: PathAnswer) -> None:
    console.print(" → ".join(f"{e.name} [{e.type}]" for e in p.entities), highlight=False)
    for i, rel in enumerate(p.hops, start=1):
        console.print(f"{i}. {rel.head.name} —{rel.type}→ {rel.tail.name}", highlight=False)
        console.print(_cite(rel.evidence, rel.tail.name), style="dim", highlight=False)


def render_neighbourhood(console: Console, n: Neighbourhood) -> None:
    more = " (truncated at the limit)" if n.truncated else ""
    console.print(
        f"[bold]{n.centre.name}[/bold]: {len(n.entities) - 1} entities within {n.hops} hops"
        f", {len(n.relations)} relations{more}",
        highlight=False,
    )
    for rel in n.relations:
        console.print(f"- {rel.head.name} —{rel.type}→ {rel.tail.name}", highlight=False)
