"""Structured enterprise lists (CSV / XLSX) as documents: each row is evidence for its facts.

An imported file becomes a document like any report (content-derived id, replaced when the same
file changes, removed by ``chainkg delete``), so imported and extracted statements share one
store and one evidence model. Every row is validated; bad rows are reported with their line
numbers and the good rows are still imported.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from chainkg.errors import InputError
from chainkg.graph.port import GraphStore
from chainkg.graph.records import (
    DocumentGraph,
    EntityRow,
    Evidence,
    MentionRow,
    RelationRow,
    relation_id,
)
from chainkg.ingest.document import document_id
from chainkg.model import Document, Passage, entity_id
from chainkg.model import EntityType as T
from chainkg.model import RelationType as R

# Header names accepted for each field (English or Chinese).
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "企业名称", "名称", "企业"),
    "credit_code": ("credit_code", "统一社会信用代码", "信用代码"),
    "industry": ("industry", "行业", "产业", "所属产业", "产业链环节"),
    "zone": ("zone", "园区", "开发区", "所在园区"),
    "province": ("province", "省份", "省"),
    "city": ("city", "城市", "市"),
    "tags": ("tags", "标签", "企业标签"),
}
KNOWN_TAGS = {"链主", "龙头", "专精特新", "小巨人", "规上", "高新技术企业", "上市", "独角兽"}
CREDIT_CODE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
ROWS_PER_PASSAGE = 50
MAX_NAME = 100


@dataclass(frozen=True, slots=True)
class RowError:
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.reason}"


@dataclass(slots=True)
class ImportResult:
    graph: DocumentGraph | None
    rows: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)


def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    return unicodedata.normalize("NFKC", text).strip()


def read_table(path: Path, max_bytes: int) -> list[list[str]]:
    """Rows of a CSV (UTF-8 or GB18030) or the first sheet of an XLSX, header first."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.stat().st_size > max_bytes:
        raise InputError(f"{path}: over the limit of {max_bytes} bytes")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise InputError(f"{path}: neither UTF-8 nor GB18030 text")
        return [[_clean(c) for c in row] for row in csv.reader(io.StringIO(text))]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for broken files
            raise InputError(f"{path}: not a readable XLSX workbook ({exc})") from exc
        sheet = book.worksheets[0]
        rows = [[_clean(c) for c in row] for row in sheet.iter_rows(values_only=True)]
        book.close()
        return rows
    raise InputError(f"{path}: unsupported format {suffix or '(none)'}; use .csv or .xlsx")


def _header_map(header: list[str], path: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        for fieldname, names in COLUMNS.items():
            if key in names and fieldname not in found:
                found[fieldname] = i
    if "name" not in found:
        accepted = " / ".join(COLUMNS["name"])
        raise InputError(f"{path}: line 1: no name column (one of {accepted})")
    return found


def _resolve(store: GraphStore, name: str, type_: str) -> str:
    """The canonical name the graph already uses for this name (name or alias), else itself."""
    found = store.find_entities(name, [type_])
    return found[0].name if found else name


def import_enterprises(path: Path, store: GraphStore, max_bytes: int) -> ImportResult:
    """Validate an enterprise list and build its document graph (not yet written)."""
    table = read_table(path, max_bytes)
    if not table or not any(table[0]):
        raise InputError(f"{path}: the file is empty")
    cols = _header_map(table[0], path)
    lines = [",".join(row) for row in table]
    text = "\n".join(lines) + "\n"
    doc = Document(
        id=document_id(text), title=f"{path.name} (enterprise list)",
        source=str(path.resolve()), text=text, meta={"format": path.suffix.lower()[1:]},
    )  # fmt: skip
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for first in range(1, len(lines), ROWS_PER_PASSAGE):
        last = min(first + ROWS_PER_PASSAGE, len(lines)) - 1
        s, e = starts[first], starts[last] + len(lines[last])
        doc.passages.append(
            Passage(
                id=f"{doc.id}:{len(doc.passages)}", doc_id=doc.id, ordinal=len(doc.passages),
                text=text[s:e], start=s, end=e, original=text[s:e],
            )
        )  # fmt: skip
    graph = DocumentGraph(document=doc)
    result = ImportResult(graph=graph, rows=len(table) - 1)
    for n, row in enumerate(table[1:], start=1):
        if not any(row):
            continue
        errors = _import_row(graph, store, row, cols, n, starts, lines)
        if errors:
            result.errors += errors
        else:
            result.imported += 1
    return result


def _import_row(
    graph: DocumentGraph, store: GraphStore, row: list[str], cols: dict[str, int], n: int,
    starts: list[int], lines: list[str],
) -> list[RowError]:  # fmt: skip
    line = n + 1
    value = {f: (row[i] if i < len(row) else "") for f, i in cols.items()}
    errors = []
    name = value.get("name", "")
    if not name:
        errors.append(RowError(line, "name", "empty"))
    elif len(name) > MAX_NAME:
        errors.append(RowError(line, "name", f"longer than {MAX_NAME} characters"))
    code = value.get("credit_code", "").upper()
    if code and not CREDIT_CODE.match(code):
        errors.append(RowError(line, "credit_code", f"{code!r} is not an 18-character code"))
    tags = [t for t in re.split(r"[、,，;；|/\s]+", value.get("tags", "")) if t]
    unknown = [t for t in tags if t not in KNOWN_TAGS]
    if unknown:
        known = "、".join(sorted(KNOWN_TAGS))
        errors.append(RowError(line, "tags", f"unknown {'、'.join(unknown)} (known: {known})"))
    if errors:
        return errors
    passage = graph.document.passages[(n - 1) // ROWS_PER_PASSAGE].id
    ev = Evidence(graph.document.id, passage, starts[n], starts[n] + len(lines[n]), lines[n])

    def add(type_: str, raw: str, **props: str) -> str:
        canonical = _resolve(store, raw, type_)
        eid = entity_id(type_, canonical)
        entity = graph.entities.setdefault(eid, EntityRow(eid, type_, canonical))
        if raw != canonical:
            entity.aliases.add(raw)
        entity.props.update({k: v for k, v in props.items() if v})
        graph.mentions.append(MentionRow(eid, raw, ev))
        return eid

    company = add(
        T.ENTERPRISE, name, credit_code=code, province=value.get("province", ""),
        city=value.get("city", ""), tags="、".join(tags),
    )  # fmt: skip

    def relate(type_: str, tail: str) -> None:
        graph.relations.append(
            RelationRow(relation_id(company, type_, tail), company, type_, tail, {}, ev)
        )

    if value.get("zone"):
        relate(R.LOCATED_IN, add(T.ZONE, value["zone"]))
    if value.get("industry"):
        industry = add(T.INDUSTRY, value["industry"])
        relate(R.IN_INDUSTRY, industry)
        if "链主" in tags or "龙头" in tags:
            relate(R.CHAIN_LEADER_OF, industry)
    return []
