"""Score the extractor on gold files, following the rules of the shared corpus README.

- Entities: per document, predicted ``(name, type)`` pairs against the gold pairs; a predicted
  Consortium counts as Association; predicted types outside the gold list are ignored.
- Relations: ``(head, type, tail)`` after mapping every name to its full form through the gold
  ``alias_of``; PARTNERS_WITH without direction; CHAIN_LEADER_OF counts as CHAIN_LEADER.
- Industry names compare with a trailing 产业链 / 产业集群 / 产业 removed on both sides.
- Micro-averaged precision / recall / F1 over all documents, and per type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chainkg.errors import InputError
from chainkg.nlp.contract import to_contract
from chainkg.nlp.extractor import extract_text

ENTITY_TYPES = ("Zone", "Enterprise", "University", "ResearchInstitute", "Association",
                "Government", "Industry")
RELATION_TYPES = ("MEMBER_OF", "PARTNERS_WITH", "LOCATED_IN", "FOCUSES_ON", "IN_INDUSTRY",
                  "INVESTS_IN", "CHAIN_LEADER")
_TYPE_MAP = {"Consortium": "Association"}
_REL_MAP = {"CHAIN_LEADER_OF": "CHAIN_LEADER"}
_IND_TAIL = re.compile(r"(产业链|产业集群|产业)$")


class GoldFileError(InputError):
    """A gold file that cannot be read or does not follow the gold format."""


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(slots=True)
class DocScore:
    doc_id: str
    entities: Counts
    relations: Counts
    missed_entities: list[tuple[str, str]] = field(default_factory=list)
    spurious_entities: list[tuple[str, str]] = field(default_factory=list)
    missed_relations: list[tuple[str, str, str]] = field(default_factory=list)
    spurious_relations: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(slots=True)
class EvalReport:
    entities: dict[str, Counts]
    relations: dict[str, Counts]
    documents: list[DocScore]

    @property
    def entity_micro(self) -> Counts:
        return _micro(self.entities)

    @property
    def relation_micro(self) -> Counts:
        return _micro(self.relations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": {"per_type": {k: v.to_dict() for k, v in self.entities.items()},
                         "micro": self.entity_micro.to_dict()},
            "relations": {"per_type": {k: v.to_dict() for k, v in self.relations.items()},
                          "micro": self.relation_micro.to_dict()},
            "documents": [
                {"id": d.doc_id, "entities": d.entities.to_dict(),
                 "relations": d.relations.to_dict(),
                 "missed_entities": [list(x) for x in d.missed_entities],
                 "spurious_entities": [list(x) for x in d.spurious_entities],
                 "missed_relations": [list(x) for x in d.missed_relations],
                 "spurious_relations": [list(x) for x in d.spurious_relations]}
                for d in self.documents
            ],
        }


def _micro(table: dict[str, Counts]) -> Counts:
    total = Counts()
    for c in table.values():
        total.add(c)
    return total


def norm_name(name: str, type_: str) -> str:
    name = name.strip()
    if type_ == "Industry":
        stripped = _IND_TAIL.sub("", name)
        return stripped or name
    return name


def load_gold(path: Path) -> dict[str, Any]:
    """Read and check one gold file; raise ``GoldFileError`` naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict):
        raise GoldFileError(f"{path}: gold file must hold a JSON object")
    for key, typ in (("text", str), ("entities", list), ("relations", list)):
        if not isinstance(data.get(key), typ):
            raise GoldFileError(f"{path}: field {key!r} missing or not a {typ.__name__}")
    for i, e in enumerate(data["entities"]):
        if not (isinstance(e, dict) and isinstance(e.get("name"), str)
                and isinstance(e.get("type"), str)):
            raise GoldFileError(f"{path}: entity {i} needs string 'name' and 'type'")
    for i, r in enumerate(data["relations"]):
        if not (isinstance(r, dict) and all(isinstance(r.get(k), str)
                                            for k in ("head", "type", "tail"))):
            raise GoldFileError(f"{path}: relation {i} needs string 'head', 'type' and 'tail'")
    return data


def _gold_sets(gold: dict[str, Any]) -> tuple[set[tuple[str, str]], dict[str, str],
                                               dict[str, str]]:
    ents: set[tuple[str, str]] = set()
    alias: dict[str, str] = {}
    types: dict[str, str] = {}
    for e in gold["entities"]:
        t = _TYPE_MAP.get(e["type"], e["type"])
        ents.add((norm_name(e["name"], t), t))
        types[e["name"]] = t
        if e.get("alias_of"):
            alias[e["name"]] = e["alias_of"]
    return ents, alias, types


def _rel_key(head: str, type_: str, tail: str, alias: dict[str, str],
             types: dict[str, str]) -> tuple[str, str, str]:
    type_ = _REL_MAP.get(type_, type_)
    h = alias.get(head, head)
    t = alias.get(tail, tail)
    h = _IND_TAIL.sub("", h) or h
    t = _IND_TAIL.sub("", t) or t
    if type_ == "PARTNERS_WITH":
        h, t = sorted((h, t))
    return (h, type_, t)


def score_document(gold: dict[str, Any], predicted: dict[str, Any],
                   doc_id: str = "") -> DocScore:
    """Score one document's contract output against its gold annotations."""
    gold_ents, alias, types = _gold_sets(gold)
    pred_ents: set[tuple[str, str]] = set()
    for e in predicted["entities"]:
        t = _TYPE_MAP.get(e["type"], e["type"])
        if t in ENTITY_TYPES:
            pred_ents.add((norm_name(e["name"], t), t))
    gold_rels = {_rel_key(r["head"], r["type"], r["tail"], alias, types)
                 for r in gold["relations"]}
    pred_rels: set[tuple[str, str, str]] = set()
    for r in predicted["relations"]:
        key = _rel_key(r["head"], r["type"], r["tail"], alias, types)
        if key[1] in RELATION_TYPES:
            pred_rels.add(key)
    ent = Counts(len(gold_ents & pred_ents), len(pred_ents - gold_ents), len(gold_ents - pred_ents))
    rel = Counts(len(gold_rels & pred_rels), len(pred_rels - gold_rels), len(gold_rels - pred_rels))
    return DocScore(doc_id, ent, rel, sorted(gold_ents - pred_ents), sorted(pred_ents - gold_ents),
                    sorted(gold_rels - pred_rels), sorted(pred_rels - gold_rels))


def gold_files(gold_dir: Path) -> list[Path]:
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldFileError(f"{gold_dir}: not a directory of gold files")
    return sorted(p for p in gold_dir.glob("*.json") if p.is_file())


def evaluate(gold_dir: Path) -> EvalReport:
    """Run the extractor on every gold file's ``text`` and score it (README rules)."""
    ent_table = {t: Counts() for t in ENTITY_TYPES}
    rel_table = {t: Counts() for t in RELATION_TYPES}
    docs: list[DocScore] = []
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        predicted = to_contract(extract_text(gold["text"]))
        score = score_document(gold, predicted, str(gold.get("id") or path.stem))
        docs.append(score)
        for _name, typ in score.missed_entities:
            ent_table.setdefault(typ, Counts()).fn += 1
        for _name, typ in score.spurious_entities:
            ent_table.setdefault(typ, Counts()).fp += 1
        for _h, typ, _t in score.missed_relations:
            rel_table.setdefault(typ, Counts()).fn += 1
        for _h, typ, _t in score.spurious_relations:
            rel_table.setdefault(typ, Counts()).fp += 1
        gold_ents, alias, types = _gold_sets(gold)
        for _name, typ in gold_ents - set(score.missed_entities):
            ent_table.setdefault(typ, Counts()).tp += 1
        gold_rels = {_rel_key(r["head"], r["type"], r["tail"], alias, types)
                     for r in gold["relations"]}
        for _h, typ, _t in gold_rels - set(score.missed_relations):
            rel_table.setdefault(typ, Counts()).tp += 1
    return EvalReport(ent_table, rel_table, docs)


def _table(title: str, table: dict[str, Counts], micro: Counts) -> list[str]:
    lines = [title, f"{'type':<20}{'P':>8}{'R':>8}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, c in [*table.items(), ("micro", micro)]:
        if name == "micro":
            lines.append("-" * 62)
        lines.append(f"{name:<20}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
                     f"{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    return lines


def format_report(report: EvalReport) -> str:
    """Plain-text tables: per type and micro, for entities and relations, then per document."""
    lines = _table("Entities", report.entities, report.entity_micro)
    lines.append("")
    lines += _table("Relations", report.relations, report.relation_micro)
    lines.append("")
    lines.append(f"{'document':<34}{'ent F1':>8}{'rel F1':>8}")
    for d in report.documents:
        lines.append(f"{d.doc_id:<34}{d.entities.f1:>8.3f}{d.relations.f1:>8.3f}")
    return "\n".join(lines)
