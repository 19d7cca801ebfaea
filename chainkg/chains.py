"""Reference industry chains (产业链图谱): models, validated YAML loading and the catalog.

A chain (``Chain``) is an industry a development zone builds around (新能源汽车, 光伏, 铝镁精深加工)
with its *segments* (``Segment``: 正极材料, 电芯制造, 整车制造 …), each on one stage (upstream /
midstream / downstream), and ``ChainLink`` edges between segments: ``A -> B`` reads "A is
UPSTREAM_OF B" (A supplies B). The shipped chains live in ``chainkg/data/chains/*.yaml``; the
schema, the rules checked here and the sources are described in ``data/chains/README.md``.

- ``load_chain_file(path)`` reads one YAML file and validates it. Every problem is reported as
  ``FILE:LINE: FIELD: message`` (``chains.yaml:42: chains[3].segments[2].stage: must be one of
  upstream, midstream, downstream (got 'upsteam')``), all problems of a file at once, raised as
  ``ChainFileError`` (an ``InputError``).
- ``ChainCatalog`` indexes chains: ``find_chain`` maps an industry name as the extractor writes it
  (新能源汽车产业, 动力电池) to its chain; ``segments_for`` finds the segments an enterprise name,
  product or keyword belongs to (Aho-Corasick over segment terms); ``upstream`` / ``downstream``
  walk the UPSTREAM_OF links; ``chain_order`` lists segments from upstream to downstream.
  ``ChainCatalog.shipped()`` is built once per process; ``with_files`` puts a user's chain files on
  top of it (a user chain replaces a shipped chain with the same id).
- ``lexicon_coverage`` / ``catalogue_coverage`` measure how much of the industry lexicon and of the
  official zone catalogue's 主导产业 column maps onto a chain.

Decisions: supply links must form a DAG and never point from a later stage to an earlier one, so
that a chain has one upstream→downstream order; loops that exist in reality (电池回收 → 正极材料,
废钢 → 炼钢) are links of ``kind: recycle``, which are kept and shown but not walked by
``upstream`` / ``downstream`` (unless asked) and not used for the order.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property, lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Annotated, Any, Literal, Self

import ahocorasick
import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from chainkg.errors import InputError, NotFoundError

__all__ = [
    "GENERIC_TERMS",
    "NON_CHAIN_INDUSTRIES",
    "CatalogueCoverage",
    "Chain",
    "ChainCatalog",
    "ChainFileError",
    "ChainLink",
    "LexiconCoverage",
    "Problem",
    "Segment",
    "SegmentMatch",
    "Stage",
    "catalogue_coverage",
    "get_catalog",
    "lexicon_coverage",
    "load_chain_file",
    "load_chain_text",
    "normalise_industry",
    "shipped_chain_files",
]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000  # YAML nodes after anchors are expanded (guards against alias bombs)
MAX_LISTED_PROBLEMS = 50

Path_ = tuple[str | int, ...]  # a location inside a YAML document: ("chains", 3, "stage")


# --------------------------------------------------------------------------------------- models


@dataclass(frozen=True)
class _Origin:
    """Where a chain came from: its file, its path in the file and the lines of its parts."""

    file: str
    base: Path_
    lines: Mapping[Path_, int]

    def line(self, sub: Path_) -> int | None:
        return _line_of(self.lines, self.base + tuple(sub))


class Stage(StrEnum):
    """Where a segment sits in its chain."""

    UPSTREAM = "upstream"
    MIDSTREAM = "midstream"
    DOWNSTREAM = "downstream"

    @property
    def rank(self) -> int:
        return _STAGE_RANK[self]

    @property
    def label(self) -> str:
        """The Chinese word: 上游 / 中游 / 下游."""
        return _STAGE_LABEL[self]


_STAGE_RANK = {Stage.UPSTREAM: 0, Stage.MIDSTREAM: 1, Stage.DOWNSTREAM: 2}
_STAGE_LABEL = {Stage.UPSTREAM: "上游", Stage.MIDSTREAM: "中游", Stage.DOWNSTREAM: "下游"}
_STAGE_WORDS = {label: stage.value for stage, label in _STAGE_LABEL.items()}

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
Ident = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
# Terms are matched as substrings: one character would match nearly anything.
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=60)]


class _Model(BaseModel):
    model_config = ConfigDict(
        frozen=True, extra="forbid", coerce_numbers_to_str=True, populate_by_name=True
    )

    @field_validator("*", mode="before")
    @classmethod
    def _none_is_empty_list(cls, value: Any, info: ValidationInfo) -> Any:
        # "aliases:" with nothing after it means no aliases, not an error.
        if value is None and info.field_name in _LIST_FIELDS:
            return ()
        return value


_LIST_FIELDS = frozenset({"aliases", "keywords", "products", "related", "links"})


class Segment(_Model):
    """One segment (环节) of a chain: 正极材料, 电芯制造, 整车制造 …"""

    id: Ident
    name: Name
    stage: Stage
    aliases: tuple[Term, ...] = ()
    keywords: tuple[Term, ...] = ()
    products: tuple[Term, ...] = ()
    description: str = ""

    @field_validator("stage", mode="before")
    @classmethod
    def _stage_words(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            return _STAGE_WORDS.get(value, value.lower())
        return value

    @property
    def terms(self) -> tuple[str, ...]:
        """Every word that identifies the segment: name, aliases, keywords, products (deduped)."""
        return tuple(dict.fromkeys((self.name, *self.aliases, *self.keywords, *self.products)))


class ChainLink(_Model):
    """``source -> target``: the source segment is UPSTREAM_OF (supplies) the target segment.

    In YAML: ``- cathode -> cell`` or ``- {from: cathode, to: cell, kind: supply, note: …}``.
    ``kind: recycle`` marks a loop back up the chain (回收、再生); it is exempt from the ordering
    rules and not followed by ``upstream`` / ``downstream`` unless asked.
    """

    source: Ident = Field(alias="from")
    target: Ident = Field(alias="to")
    kind: Literal["supply", "recycle"] = "supply"
    note: str = ""

    @model_validator(mode="before")
    @classmethod
    def _arrow_form(cls, value: Any) -> Any:
        if isinstance(value, str):
            parts = re.split(r"\s*(?:->|→|=>)\s*", value.strip())
            if len(parts) != 2 or not all(parts):
                raise ValueError(
                    f"a link is 'source -> target' or a mapping with from/to (got {value!r})"
                )
            return {"from": parts[0], "to": parts[1]}
        return value


class Chain(_Model):
    """A reference industry chain (产业链)."""

    id: Ident
    name: Name
    aliases: tuple[Term, ...] = ()
    category: str = ""
    description: str = ""
    related: tuple[Ident, ...] = ()
    segments: tuple[Segment, ...] = Field(min_length=1)
    links: tuple[ChainLink, ...] = ()

    _origin: _Origin | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        # The file loader reports these itself, with line numbers; everyone else gets them here.
        if not (info.context or {}).get("defer_checks"):
            problems = self.problems()
            if problems:
                raise ValueError("; ".join(f"{_fmt_path(p)}: {m}" for p, m in problems))
        return self

    # -- consistency --------------------------------------------------------------------------

    def problems(self) -> list[tuple[Path_, str]]:
        """Cross-field problems (duplicate ids, unknown link ends, stage order, cycles)."""
        out: list[tuple[Path_, str]] = []
        seen: dict[str, int] = {}
        for i, seg in enumerate(self.segments):
            if seg.id in seen:
                out.append(
                    (
                        ("segments", i, "id"),
                        f"duplicate segment id {seg.id!r} (first used by segments[{seen[seg.id]}])",
                    )
                )
            else:
                seen[seg.id] = i
        stage = {s.id: s.stage for s in self.segments}
        pairs: dict[tuple[str, str], int] = {}
        succ: dict[str, set[str]] = {}
        for k, link in enumerate(self.links):
            bad = False
            for attr, end in (("from", link.source), ("to", link.target)):
                if end not in stage:
                    out.append(
                        (
                            ("links", k, attr),
                            f"unknown segment {end!r}; segments of "
                            f"{self.id!r} are: {', '.join(stage)}",
                        )
                    )
                    bad = True
            if bad:
                continue
            if link.source == link.target:
                out.append((("links", k), f"segment {link.source!r} cannot be linked to itself"))
                continue
            key = (link.source, link.target)
            if key in pairs:
                out.append(
                    (
                        ("links", k),
                        f"duplicate link {link.source} -> {link.target} "
                        f"(first at links[{pairs[key]}])",
                    )
                )
                continue
            pairs[key] = k
            if link.kind == "recycle":
                continue
            s, t = stage[link.source], stage[link.target]
            if s.rank > t.rank:
                out.append(
                    (
                        ("links", k),
                        f"{link.source} ({s.value}) cannot supply "
                        f"{link.target} ({t.value}): links run from upstream to downstream; "
                        "mark a loop back up the chain with kind: recycle",
                    )
                )
                continue
            cycle = _path_between(succ, link.target, link.source)
            if cycle:
                out.append(
                    (
                        ("links", k),
                        "closes a cycle "
                        + " -> ".join([*cycle, link.target])
                        + "; supply links must not loop (use kind: recycle for a loop)",
                    )
                )
                continue
            succ.setdefault(link.source, set()).add(link.target)
        for i, rel in enumerate(self.related):
            if rel == self.id:
                out.append((("related", i), "a chain cannot be related to itself"))
        return out

    # -- lookups ------------------------------------------------------------------------------

    @cached_property
    def _by_id(self) -> dict[str, Segment]:
        return {s.id: s for s in self.segments}

    @cached_property
    def _walks(self) -> dict[tuple[str, str, int | None, bool], tuple[tuple[Segment, int], ...]]:
        return {}

    def segment(self, segment_id: str) -> Segment:
        """The segment with this id (``NotFoundError`` if the chain has none)."""
        try:
            return self._by_id[segment_id]
        except KeyError:
            raise NotFoundError(
                f"chain {self.id!r} has no segment {segment_id!r} "
                f"(segments: {', '.join(self._by_id)})"
            ) from None

    @property
    def names(self) -> tuple[str, ...]:
        """The chain's name and aliases."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def by_stage(self) -> dict[Stage, list[Segment]]:
        """Segments grouped by stage, in upstream → downstream order."""
        out: dict[Stage, list[Segment]] = {stage: [] for stage in Stage}
        for seg in self.ordered_segments:
            out[seg.stage].append(seg)
        return out

    def edges(
        self, kind: Literal["supply", "recycle", "all"] = "supply"
    ) -> list[tuple[Segment, Segment, ChainLink]]:
        """The links as (upstream segment, downstream segment, link)."""
        return [
            (self._by_id[ln.source], self._by_id[ln.target], ln)
            for ln in self.links
            if kind == "all" or ln.kind == kind
        ]

    @cached_property
    def ordered_segments(self) -> tuple[Segment, ...]:
        """Segments in upstream → downstream order: a topological order of the supply links,
        ties broken by stage, then by the order in the file."""
        index = {s.id: i for i, s in enumerate(self.segments)}
        indegree = dict.fromkeys(index, 0)
        succ: dict[str, list[str]] = {}
        for up, down, _ in self.edges("supply"):
            succ.setdefault(up.id, []).append(down.id)
            indegree[down.id] += 1

        def key(sid: str) -> tuple[int, int]:
            return (self._by_id[sid].stage.rank, index[sid])

        ready = sorted((s for s, d in indegree.items() if d == 0), key=key)
        out: list[Segment] = []
        while ready:
            sid = ready.pop(0)
            out.append(self._by_id[sid])
            for nxt in succ.get(sid, ()):
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    ready.append(nxt)
            ready.sort(key=key)
        return tuple(out)

    def walk(
        self,
        segment: Segment | str,
        direction: Literal["upstream", "downstream"],
        depth: int | None = 1,
        *,
        include_recycle: bool = False,
    ) -> list[tuple[Segment, int]]:
        """Segments reachable from ``segment`` against (upstream) or along (downstream) the links,
        each with its distance, nearest first; ``depth=None`` walks to the end of the chain."""
        if depth is not None and depth < 1:
            raise InputError(f"depth must be at least 1 (got {depth})")
        start = self.segment(segment if isinstance(segment, str) else segment.id).id
        key = (start, direction, depth, include_recycle)
        if key in self._walks:  # a chain does not change once loaded
            return list(self._walks[key])
        adjacency: dict[str, list[str]] = {}
        for up, down, link in self.edges("all"):
            if link.kind == "recycle" and not include_recycle:
                continue
            a, b = (down.id, up.id) if direction == "upstream" else (up.id, down.id)
            adjacency.setdefault(a, []).append(b)
        dist = {start: 0}
        queue = deque([start])
        out: list[tuple[Segment, int]] = []
        while queue:
            sid = queue.popleft()
            if depth is not None and dist[sid] >= depth:
                continue
            for nxt in adjacency.get(sid, ()):
                if nxt not in dist:
                    dist[nxt] = dist[sid] + 1
                    out.append((self._by_id[nxt], dist[nxt]))
                    queue.append(nxt)
        self._walks[key] = tuple(out)
        return out

    # -- provenance ---------------------------------------------------------------------------

    @property
    def source(self) -> str:
        """``file:line`` the chain was loaded from ('' when built in code)."""
        if self._origin is None:
            return ""
        return f"{self._origin.file}:{self._origin.line(())}"

    def _where(self, *sub: str | int) -> Problem:
        origin = self._origin
        if origin is None:
            return Problem(f"<chain {self.id}>", None, _fmt_path(sub), "")
        return Problem(origin.file, origin.line(sub), _fmt_path(origin.base + sub), "")


def _path_between(succ: Mapping[str, set[str]], start: str, goal: str) -> list[str]:
    """A path start → … → goal in the graph ``succ``, or [] when there is none."""
    parent: dict[str, str] = {}
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while path[-1] in parent:
                path.append(parent[path[-1]])
            return path[::-1]
        for nxt in succ.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                parent[nxt] = node
                queue.append(nxt)
    return []


# --------------------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a chain file, located by file, line and field."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        )


class ChainFileError(InputError):
    """A chain file that cannot be used; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        lines = [str(p) for p in self.problems[:MAX_LISTED_PROBLEMS]]
        if len(self.problems) > MAX_LISTED_PROBLEMS:
            lines.append(f"… and {len(self.problems) - MAX_LISTED_PROBLEMS} more problems")
        if len(self.problems) > 1:
            files = ", ".join(dict.fromkeys(p.file for p in self.problems))
            lines.insert(0, f"{len(self.problems)} problems in {files}:")
        super().__init__("\n".join(lines))


def _fmt_path(path: Iterable[str | int]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _line_of(lines: Mapping[Path_, int], path: Path_) -> int | None:
    """The line of ``path``, or of its nearest ancestor present in the file."""
    for end in range(len(path), -1, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None


# ------------------------------------------------------------------------------ YAML with lines


class _Tree:
    """YAML nodes → plain Python values, remembering the line of every path."""

    def __init__(self, loader: yaml.SafeLoader, file: str) -> None:
        self.loader = loader
        self.file = file
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.nodes = 0

    def build(self, node: yaml.Node, path: Path_, line: int | None = None) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ChainFileError(
                [
                    Problem(
                        self.file,
                        node.start_mark.line + 1,
                        _fmt_path(path),
                        f"too many YAML nodes (more than {MAX_NODES})",
                    )
                ]
            )
        self.lines.setdefault(path, line or node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                key_line = key_node.start_mark.line + 1
                key = self.loader.construct_object(key_node, deep=True)
                if key == "<<":
                    self.problems.append(
                        Problem(
                            self.file,
                            key_line,
                            _fmt_path(path),
                            "merge keys (<<) are not supported",
                        )
                    )
                    continue
                if not isinstance(key, str):
                    self.problems.append(
                        Problem(
                            self.file, key_line, _fmt_path(path), f"keys must be text (got {key!r})"
                        )
                    )
                    continue
                if key in out:
                    self.problems.append(
                        Problem(
                            self.file,
                            key_line,
                            _fmt_path((*path, key)),
                            f"duplicate key (first at line {first[key]})",
                        )
                    )
                    continue
                first[key] = key_line
                out[key] = self.build(value_node, (*path, key), key_line)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node, deep=True)


# libyaml's parser when PyYAML was built with it (same nodes and marks, several times faster).
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str, file: str) -> tuple[Any, dict[Path_, int], list[Problem]]:
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
            raise ChainFileError(
                [Problem(file, mark.line + 1 if mark else None, "", f"invalid YAML: {what}")]
            ) from None
        except yaml.YAMLError as exc:
            raise ChainFileError([Problem(file, None, "", f"invalid YAML: {exc}")]) from None
        if root is None:
            return None, {}, []
        tree = _Tree(loader, file)
        data = tree.build(root, ())
        return data, tree.lines, tree.problems
    finally:
        loader.dispose()


# ------------------------------------------------------------------------------------- loading

_FIELDS = {
    "chain": [n for n in Chain.model_fields],
    "segment": [n for n in Segment.model_fields],
    "link": ["from", "to", "kind", "note"],
}


def _error_message(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    loc = err["loc"]
    got = err.get("input")
    shown = (
        f" (got {got!r})"
        if isinstance(got, str | int | float | bool) and len(repr(got)) <= 60
        else ""
    )
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind in ("enum", "literal_error"):
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"must be one of {', '.join(options)}{shown}"
    if kind == "extra_forbidden":
        owner = "chain"
        for i, part in enumerate(loc[:-1]):
            if part in ("segments", "links") and isinstance(loc[i + 1], int):
                owner = "segment" if part == "segments" else "link"
        return f"unknown field; a {owner} has: {', '.join(_FIELDS[owner])}"
    if kind in ("string_type", "str_type"):
        return f"must be text (got {type(got).__name__})"
    if kind in ("tuple_type", "list_type"):
        return f"must be a list (got {type(got).__name__})"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"must be a mapping (got {type(got).__name__})"
    if kind == "string_too_short":
        least = ctx.get("min_length", 1)
        return "must not be empty" if least == 1 else f"must be at least {least} characters{shown}"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return f"must be lowercase letters, digits and _, starting with a letter{shown}"
    if kind == "too_short":
        return f"must have at least {ctx.get('min_length', 1)} item(s)"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    return str(err["msg"])


def load_chain_text(text: str, file: str = "<text>") -> list[Chain]:
    """Parse and validate chain YAML; ``file`` names the source in messages."""
    data, lines, problems = _compose(text, file)

    def problem(path: Path_, message: str) -> None:
        problems.append(Problem(file, _line_of(lines, path), _fmt_path(path), message))

    items: list[tuple[Path_, Any]] = []
    if data is None:
        problem((), "the file is empty; expected a mapping with a 'chains' list")
    elif isinstance(data, dict) and "chains" in data:
        for key in data:
            if key != "chains":
                problem((key,), "unknown top-level field; the file has one field, 'chains'")
        if isinstance(data["chains"], list):
            if not data["chains"]:
                problem(("chains",), "must list at least one chain")
            items = [(("chains", i), item) for i, item in enumerate(data["chains"])]
        else:
            problem(("chains",), f"must be a list of chains (got {type(data['chains']).__name__})")
    elif isinstance(data, dict) and ("id" in data or "segments" in data):
        items = [((), data)]  # a file holding one chain
    else:
        problem(
            (),
            "expected a mapping with a 'chains' list (or a single chain with id, name "
            f"and segments); got {type(data).__name__}",
        )

    chains: list[Chain] = []
    for base, item in items:
        if not isinstance(item, dict):
            problem(base, f"a chain must be a mapping (got {type(item).__name__})")
            continue
        try:
            chain = Chain.model_validate(item, context={"defer_checks": True})
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                problem(base + tuple(err["loc"]), _error_message(err))
            continue
        for path, message in chain.problems():
            problem(base + path, message)
        chain._origin = _Origin(file, base, lines)
        chains.append(chain)

    # Across the chains of one file: ids and names must be unique.
    ids: dict[str, Chain] = {}
    names: dict[str, tuple[Chain, str]] = {}
    for chain in chains:
        if chain.id in ids:
            first = ids[chain.id].source
            problems.append(
                _at(chain._where("id"), f"duplicate chain id {chain.id!r} (first at {first})")
            )
            continue
        ids[chain.id] = chain
        for term, sub in _name_paths(chain):
            key = normalise_industry(term)
            other = names.get(key)
            if other and other[0] is not chain:
                problems.append(
                    _at(
                        chain._where(*sub),
                        f"{term!r} already names chain "
                        f"{other[0].id!r} ({other[1]!r}, {other[0].source})",
                    )
                )
            else:
                names.setdefault(key, (chain, term))
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        raise ChainFileError(problems)
    return chains


def load_chain_file(path: str | Path | Traversable) -> list[Chain]:
    """Read and validate one chain file (YAML); raises ``ChainFileError`` naming file, line and
    field of every problem."""
    file = str(path)
    try:
        if isinstance(path, str | Path):
            p = Path(path)
            if not p.is_file():
                raise ChainFileError([Problem(file, None, "", "no such file")])
            if p.stat().st_size > MAX_FILE_BYTES:
                raise ChainFileError(
                    [
                        Problem(
                            file,
                            None,
                            "",
                            f"larger than {MAX_FILE_BYTES} bytes; a chain file is small",
                        )
                    ]
                )
            raw = p.read_bytes()
        else:
            raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ChainFileError(
            [Problem(file, None, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
        ) from None
    except OSError as exc:
        raise ChainFileError(
            [Problem(file, None, "", f"cannot read: {exc.strerror or exc}")]
        ) from None
    return load_chain_text(text, file)


def _at(where: Problem, message: str) -> Problem:
    return Problem(where.file, where.line, where.field, message)


def _name_paths(chain: Chain) -> Iterator[tuple[str, Path_]]:
    yield chain.name, ("name",)
    for i, alias in enumerate(chain.aliases):
        yield alias, ("aliases", i)


# ------------------------------------------------------------------------------- normalisation

_SUFFIXES = (
    "全产业链",
    "产业链",
    "产业集群",
    "产业集聚区",
    "产业基地",
    "产业",
    "行业",
    "领域",
    "板块",
    "赛道",
)
_NOISE = re.compile(r"[\s\"'“”‘’《》「」【】·•]")


def normalise_industry(name: str) -> str:
    """The comparison form of an industry name: NFKC, case-folded, without spaces and quotes,
    without a trailing 产业 / 产业链 / 产业集群 / 行业 … (新能源汽车产业集群 → 新能源汽车)."""
    text = _NOISE.sub("", unicodedata.normalize("NFKC", name)).casefold()
    changed = True
    while changed:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text = text[: -len(suffix)]
                changed = True
    return text


def _fold(text: str) -> tuple[str, list[int]]:
    """NFKC + casefold per character, with the original offset of every output character."""
    if unicodedata.is_normalized("NFKC", text):
        folded = text.casefold()
        if len(folded) == len(text):  # the usual case: one character for one
            return folded, list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch).casefold() if not ch.isascii() else ch.lower()
        out.append(folded)
        offsets.extend([i] * len(folded))
    return "".join(out), offsets


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


# ------------------------------------------------------------------------------------- catalog


@dataclass(frozen=True)
class SegmentMatch:
    """A segment found in a text, with the terms that matched and where (original offsets)."""

    chain: Chain
    segment: Segment
    terms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]

    @property
    def score(self) -> int:
        """Characters covered by the matched terms (longer, more specific matches score more)."""
        return sum(len(t) for t in self.terms)


# Segment names (and words) that say where a segment sits but not what it is: they never place a
# text in a segment (应用领域 is a segment of many chains, and a phrase of many reports).
GENERIC_TERMS = frozenset(
    {
        "原料",
        "原材料",
        "原燃料",
        "辅材",
        "辅助材料",
        "单体",
        "终端应用",
        "应用领域",
        "行业应用",
        "下游用户",
        "终端用户",
        "终端设备",
        "产业客户",
        "消费市场",
        "平台层",
        "应用层",
        "网络层",
        "感知层",
        "关键系统",
        "基础硬件",
        "核心器件",
        "核心零部件",
        "材料与核心部件",
        "精深加工",
        "初加工",
        "运输",
        "智能产品",
        "内容生产",
        "整机制造",
        "整机装备",
        "交通应用",
        "矿产资源",
        "资源回收",
        "养殖",
        "种植",
        "系统集成",
        "安全服务",
        "安全硬件",
        "应用与服务",
    }
)


class _TermIndex:
    """An Aho-Corasick automaton over case-folded terms, each carrying payloads."""

    def __init__(self, entries: Iterable[tuple[str, tuple[str, str]]]) -> None:
        table: dict[str, dict[tuple[str, tuple[str, str]], None]] = {}
        for term, payload in entries:
            key, _ = _fold(term)
            if len(key) >= 2:
                table.setdefault(key, {})[(term, payload)] = None
        self._automaton: Any = ahocorasick.Automaton()
        for key, values in table.items():
            self._automaton.add_word(key, (key, tuple(values)))
        if table:
            self._automaton.make_automaton()
        self.size = len(table)

    def scan(self, text: str) -> list[tuple[tuple[int, int], str, tuple[str, str]]]:
        """(span in ``text``, term as written, payload) for every match that is not inside a
        longer match and, for ASCII terms, is a whole word."""
        if not self.size or not text:
            return []
        folded, offsets = _fold(text)
        hits: list[tuple[int, int, tuple[tuple[str, tuple[str, str]], ...]]] = []
        for end, (key, values) in self._automaton.iter(folded):
            start = end - len(key) + 1
            if _is_word_char(key[0]) and start > 0 and _is_word_char(folded[start - 1]):
                continue
            if _is_word_char(key[-1]) and end + 1 < len(folded) and _is_word_char(folded[end + 1]):
                continue
            hits.append((start, end + 1, values))
        spans = sorted({(s, e) for s, e, _ in hits}, key=lambda se: se[0] - se[1])
        out: list[tuple[tuple[int, int], str, tuple[str, str]]] = []
        for start, end, values in hits:
            if any(s <= start and end <= e and e - s > end - start for s, e in spans):
                continue
            span = (offsets[start], offsets[end - 1] + 1)
            out.extend((span, term, payload) for term, payload in values)
        return out


class ChainCatalog:
    """Reference chains indexed for lookup by industry name and by segment keyword."""

    def __init__(self, chains: Iterable[Chain] = (), *, base: ChainCatalog | None = None) -> None:
        """``chains`` on top of ``base``: a chain replaces a base chain with the same id, and its
        names win over base names; conflicts among ``chains`` themselves are errors."""
        problems: list[Problem] = []
        new: dict[str, Chain] = {}
        for chain in chains:
            if chain.id in new:
                problems.append(
                    _at(
                        chain._where("id"),
                        f"duplicate chain id {chain.id!r} "
                        f"(also in {new[chain.id].source or 'code'})",
                    )
                )
            else:
                new[chain.id] = chain
        self._chains: dict[str, Chain] = dict(base._chains) if base else {}
        self._chains.update(new)
        self.overrides: list[str] = []  # names the new chains took over from base chains
        # exact: name as written → chain id; normal: normalise_industry(name) → (chain id, name)
        self._exact: dict[str, str] = {}
        self._normal: dict[str, tuple[str, str]] = {}
        if base:
            self._exact = {k: v for k, v in base._exact.items() if v not in new}
            self._normal = {k: v for k, v in base._normal.items() if v[0] not in new}
        for chain in new.values():
            for term, sub in _name_paths(chain):
                key = normalise_industry(term)
                prev = self._normal.get(key)
                if prev is not None and prev[0] != chain.id:
                    if prev[0] in new:
                        other = new[prev[0]]
                        where = other.source or "code"
                        problems.append(
                            _at(
                                chain._where(*sub),
                                f"{term!r} already names chain {other.id!r} ({prev[1]!r}, {where})",
                            )
                        )
                        continue
                    self.overrides.append(f"{term!r} now names {chain.id!r}, not {prev[0]!r}")
                    for name, cid in list(self._exact.items()):
                        if cid == prev[0] and normalise_industry(name) == key:
                            self._exact[name] = chain.id
                if prev is None or prev[0] != chain.id:
                    self._normal[key] = (chain.id, term)
                self._exact[term] = chain.id
        for chain in new.values():
            for i, rel in enumerate(chain.related):
                if rel not in self._chains:
                    problems.append(_at(chain._where("related", i), f"unknown chain {rel!r}"))
        if problems:
            raise ChainFileError(_dedupe(problems))

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def shipped(cls) -> ChainCatalog:
        """The chains shipped in ``chainkg/data/chains`` (built once per process)."""
        return _shipped_catalog()

    @classmethod
    def from_files(
        cls, paths: Iterable[str | Path | Traversable], *, base: ChainCatalog | None = None
    ) -> ChainCatalog:
        """Load chain files (all validated; all problems of all files reported together)."""
        chains: list[Chain] = []
        problems: list[Problem] = []
        for path in paths:
            try:
                chains.extend(load_chain_file(path))
            except ChainFileError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ChainFileError(problems)
        return cls(chains, base=base)

    def with_files(self, *paths: str | Path) -> ChainCatalog:
        """A new catalog: this one with a user's chain files loaded on top."""
        return ChainCatalog.from_files(paths, base=self)

    # -- collection ---------------------------------------------------------------------------

    @property
    def chains(self) -> tuple[Chain, ...]:
        return tuple(self._chains.values())

    def __len__(self) -> int:
        return len(self._chains)

    def __iter__(self) -> Iterator[Chain]:
        return iter(self._chains.values())

    def __contains__(self, chain_id: object) -> bool:
        return chain_id in self._chains

    def get(self, chain: Chain | str) -> Chain:
        """The chain with this id (``NotFoundError`` if there is none)."""
        if isinstance(chain, Chain):
            return chain
        try:
            return self._chains[chain]
        except KeyError:
            raise NotFoundError(f"no reference chain with id {chain!r}") from None

    def related(self, chain: Chain | str) -> list[Chain]:
        """The chains a chain names as related (adjacent chains to extend into, 延链)."""
        return [self._chains[r] for r in self.get(chain).related if r in self._chains]

    # -- lookups ------------------------------------------------------------------------------

    def find_chain(self, industry_name: str) -> Chain | None:
        """The chain an industry name belongs to: exact name/alias match first, then the
        normalised form (NFKC, no 产业/产业链/产业集群 suffix); None when nothing matches."""
        name = industry_name.strip()
        cid = self._exact.get(name)
        if cid is None:
            hit = self._normal.get(normalise_industry(name))
            cid = hit[0] if hit else None
        return self._chains[cid] if cid else None

    @cached_property
    def _order(self) -> dict[str, int]:
        return {cid: i for i, cid in enumerate(self._chains)}

    @cached_property
    def _segment_terms(self) -> _TermIndex:
        return _TermIndex(
            (term, (chain.id, seg.id))
            for chain in self._chains.values()
            for seg in chain.segments
            for term in seg.terms
            if term not in GENERIC_TERMS
        )

    @cached_property
    def _chain_terms(self) -> _TermIndex:
        return _TermIndex(
            (term, (chain.id, "")) for chain in self._chains.values() for term in chain.names
        )

    def match_segments(self, text: str) -> list[SegmentMatch]:
        """Segments whose terms occur in ``text``, best first (most characters matched, then the
        chain the word names). A term inside a longer matched term (电池 in 动力电池回收) is
        ignored; ASCII terms (BMS, PCB) match whole words only."""
        found: dict[tuple[str, str], tuple[list[str], list[tuple[int, int]]]] = {}
        for span, term, (cid, sid) in self._segment_terms.scan(text):
            terms, where = found.setdefault((cid, sid), ([], []))
            if term not in terms:
                terms.append(term)
            if span not in where:
                where.append(span)
        order = self._order
        matches = [
            SegmentMatch(
                self._chains[cid],
                self._chains[cid].segment(sid),
                tuple(terms),
                tuple(sorted(where)),
            )
            for (cid, sid), (terms, where) in found.items()
        ]
        # Ties go to the chain that the matched word names (碳纤维 → the 碳纤维 chain first).
        matches.sort(
            key=lambda m: (
                -m.score,
                -max(len(t) for t in m.terms),
                not any(t in m.chain.names for t in m.terms),
                order[m.chain.id],
                m.chain.segments.index(m.segment),
            )
        )
        return matches

    def chains_in(self, text: str) -> list[Chain]:
        """Chains whose name or an alias occurs in ``text`` (山西潞安太阳能科技有限公司 → 光伏),
        longest match first; a name inside a longer one (化工 in 煤化工) is ignored."""
        best: dict[str, int] = {}
        for _span, term, (cid, _) in self._chain_terms.scan(text):
            best[cid] = max(best.get(cid, 0), len(term))
        order = self._order
        return [self._chains[c] for c in sorted(best, key=lambda c: (-best[c], order[c]))]

    def segments_for(self, text: str) -> list[tuple[Chain, Segment]]:
        """The (chain, segment) pairs an enterprise or industry name, product or keyword belongs
        to, best first (磷酸铁锂正极材料 → 动力电池/正极材料, 锂电池材料/四大主材 …)."""
        return [(m.chain, m.segment) for m in self.match_segments(text)]

    def upstream(
        self,
        chain: Chain | str,
        segment: Segment | str,
        depth: int | None = 1,
        *,
        include_recycle: bool = False,
    ) -> list[Segment]:
        """Segments upstream of ``segment`` (its suppliers, theirs …) up to ``depth`` links,
        nearest first."""
        return [
            s
            for s, _ in self.get(chain).walk(
                segment, "upstream", depth, include_recycle=include_recycle
            )
        ]

    def downstream(
        self,
        chain: Chain | str,
        segment: Segment | str,
        depth: int | None = 1,
        *,
        include_recycle: bool = False,
    ) -> list[Segment]:
        """Segments downstream of ``segment`` (its customers, theirs …) up to ``depth`` links,
        nearest first."""
        return [
            s
            for s, _ in self.get(chain).walk(
                segment, "downstream", depth, include_recycle=include_recycle
            )
        ]

    def chain_order(self, chain: Chain | str) -> list[Segment]:
        """The chain's segments in upstream → downstream order."""
        return list(self.get(chain).ordered_segments)


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def shipped_chain_files() -> list[Traversable]:
    """The YAML files of the shipped chains, sorted by name."""
    folder = resources.files("chainkg.data").joinpath("chains")
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith((".yaml", ".yml"))), key=lambda f: f.name
    )


@lru_cache(maxsize=1)
def _shipped_catalog() -> ChainCatalog:
    return ChainCatalog.from_files(shipped_chain_files())


def get_catalog() -> ChainCatalog:
    """The shipped catalog (cached)."""
    return _shipped_catalog()


# ------------------------------------------------------------------------------------ coverage

# Lexicon entries that name a whole sector rather than an industry a zone builds one chain around.
NON_CHAIN_INDUSTRIES = frozenset(
    {"现代服务业", "能源", "海洋经济", "绿色化工", "深海科技", "电动两轮车"}
)


@dataclass
class LexiconCoverage:
    """How the industry lexicon (data/lexicon/industries.txt) maps onto chains."""

    mapped: dict[str, str]  # industry (preferred form) → chain id
    unmapped: list[str]
    excluded: list[str]  # NON_CHAIN_INDUSTRIES found in the lexicon
    variant_unmapped: list[str]  # variants of mapped industries that find no chain
    variant_conflicts: dict[str, tuple[str, str]]  # variant → (its chain, the industry's chain)

    @property
    def ratio(self) -> float:
        total = len(self.mapped) + len(self.unmapped)
        return len(self.mapped) / total if total else 1.0


def _lexicon_lines() -> list[list[str]]:
    ref = resources.files("chainkg.data").joinpath("lexicon", "industries.txt")
    out: list[list[str]] = []
    for raw in ref.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            variants = [v.strip() for v in line.split("|") if v.strip()]
            if variants:
                out.append(variants)
    return out


def lexicon_coverage(catalog: ChainCatalog | None = None) -> LexiconCoverage:
    """Which lexicon industries map to a chain (by ``find_chain``) and which do not."""
    catalog = catalog or get_catalog()
    cov = LexiconCoverage({}, [], [], [], {})
    for variants in _lexicon_lines():
        head = variants[0]
        if any(v in NON_CHAIN_INDUSTRIES for v in variants):
            cov.excluded.append(head)
            continue
        chain = catalog.find_chain(head)
        if chain is None:
            cov.unmapped.append(head)
            continue
        cov.mapped[head] = chain.id
        for variant in variants[1:]:
            other = catalog.find_chain(variant)
            if other is None:
                cov.variant_unmapped.append(variant)
            elif other.id != chain.id:
                cov.variant_conflicts[variant] = (other.id, chain.id)
    return cov


@dataclass
class CatalogueCoverage:
    """How the 主导产业 terms of the official zone catalogue map onto chains, by mention."""

    mentions: int
    mapped_mentions: int
    unmapped: dict[str, int]  # term → mentions, most frequent first

    @property
    def ratio(self) -> float:
        return self.mapped_mentions / self.mentions if self.mentions else 1.0


def catalogue_coverage(catalog: ChainCatalog | None = None) -> CatalogueCoverage:
    """Share of 主导产业 mentions in data/reference/devzones_2018.csv that ``find_chain`` maps."""
    catalog = catalog or get_catalog()
    ref = resources.files("chainkg.data").joinpath("reference", "devzones_2018.csv")
    counts: dict[str, int] = {}
    with ref.open("r", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for term in re.split(r"[、,，;；]", row.get("主导产业") or ""):
                term = term.strip()
                if term and term != "在建":
                    counts[term] = counts.get(term, 0) + 1
    mapped = sum(n for t, n in counts.items() if catalog.find_chain(t))
    unmapped = {
        t: n for t, n in sorted(counts.items(), key=lambda kv: -kv[1]) if not catalog.find_chain(t)
    }
    return CatalogueCoverage(sum(counts.values()), mapped, unmapped)


# -------------------------------------------------------------------------------------- script


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m chainkg.chains [FILE …]``: validate chain files (or the shipped ones) and print
    a summary and the lexicon coverage. Exit 0 when valid, 1 with the problems otherwise."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        catalog = get_catalog().with_files(*args) if args else get_catalog()
    except InputError as exc:
        print(exc, file=sys.stderr)
        return 1
    shown = [c for c in catalog if not args or c.source.rsplit(":", 1)[0] in args]
    for chain in shown:
        stages = chain.by_stage()
        print(
            f"{chain.id:24} {chain.name:10} segments={len(chain.segments):2} "
            + " ".join(f"{s.label}{len(v)}" for s, v in stages.items())
            + f" links={len(chain.links)}"
        )
    cov = lexicon_coverage(catalog)
    print(
        f"{len(shown)} chains; lexicon coverage {cov.ratio:.0%} "
        f"(unmapped: {', '.join(cov.unmapped) or 'none'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
