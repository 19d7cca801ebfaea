"""Elasticsearch ``SearchIndex``: the official client (major 8, as the server), jieba tokens.

Chinese is tokenized in Python (``search/text.py``) and indexed whitespace-joined in a field with
the built-in ``whitespace`` analyzer, so the server needs no Chinese analysis plugin and ranks the
very tokens the embedded FTS5 index ranks. Two indices, each with an index template put on every
start (idempotent): ``<prefix>-passages`` and ``<prefix>-entities``.

Query bodies are data structures built from tokens and ids (``term``, ``terms``, ``match``,
``prefix`` with the value as a value): no user text is ever formatted into a query string.
Driver errors become ``chainkg.errors``: an unreachable server is ``BackendUnavailable`` naming the
URL; items a bulk request could not index are an ``IndexingError`` naming them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import elastic_transport
from elasticsearch import ApiError, Elasticsearch, UnsupportedProductError, helpers

from chainkg.errors import BackendUnavailable, ChainKGError
from chainkg.graph.port import EntityRecord
from chainkg.model import Passage
from chainkg.search.core import (
    FACET_SIZE,
    TOTAL_CAP,
    BaseSearchIndex,
    StoredEntity,
    StoredPassage,
)
from chainkg.search.names import EntityTerms, entity_terms, province_city
from chainkg.search.port import (
    FacetBucket,
    IndexingError,
    PassageRecord,
    SearchFilters,
    as_record,
)
from chainkg.search.text import QueryPlan, index_tokens
from chainkg.settings import ElasticSettings

log = logging.getLogger(__name__)
T = TypeVar("T")

SCHEMA_VERSION = 3
BULK_CHUNK = 1000
SORT_ENTITIES = [{"mentions": "desc"}, {"name": "asc"}, {"id": "asc"}]
KIND_FIELDS = {"name": "names", "alias": "names", "short": "shorts", "pinyin": "pinyin",
               "initials": "initials"}  # fmt: skip
FILTER_FIELDS = {"types": "entity_types", "zones": "zones", "industries": "industries",
                 "documents": "doc_id", "entities": "entity_ids"}  # fmt: skip
FACET_FIELDS = {"type": "entity_types", "zone": "zones", "industry": "industries",
                "document": "doc_id"}  # fmt: skip

_KEYWORD = {"type": "keyword"}
_STORED = {"type": "keyword", "index": False, "doc_values": False}
_TOKENS = {"type": "text", "analyzer": "whitespace", "index_options": "freqs"}
INDEX_SETTINGS = {"number_of_shards": 1, "number_of_replicas": 0}

PASSAGES_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "_source": {"excludes": ["tokens"]},  # indexed, not stored: the index is rebuilt from the graph
    "_meta": {"chainkg_schema": SCHEMA_VERSION},
    "properties": {
        "passage_id": _KEYWORD,
        "doc_id": _KEYWORD,
        "doc_title": {"type": "keyword", "ignore_above": 1024},
        "ordinal": {"type": "integer"},
        "text": {"type": "text", "index": False},
        "original": {"type": "text", "index": False},
        "start": {"type": "integer", "index": False},
        "end": {"type": "integer", "index": False},
        "date": {"type": "date", "ignore_malformed": True},
        "tokens": _TOKENS,
        "entity_ids": _KEYWORD,
        "entity_types": _KEYWORD,
        "zones": _KEYWORD,
        "industries": _KEYWORD,
    },
}
ENTITIES_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "_source": {"excludes": ["tokens"]},
    "_meta": {"chainkg_schema": SCHEMA_VERSION},
    "properties": {
        "id": _KEYWORD,
        "type": _KEYWORD,
        "name": _KEYWORD,
        "aliases": _STORED,
        "mentions": {"type": "integer"},
        "province": _KEYWORD,
        "city": _KEYWORD,
        "tokens": _TOKENS,
        "names": _KEYWORD,
        "shorts": _KEYWORD,
        "pinyin": _KEYWORD,
        "initials": _KEYWORD,
    },
}


class ElasticSearchIndex(BaseSearchIndex):
    """Passages and entities in two Elasticsearch indices named after ``index_prefix``."""

    def __init__(
        self,
        settings: ElasticSettings,
        page_max: int = 100,
        refresh: bool = True,
        request_timeout: float = 30.0,
    ) -> None:
        self._settings = settings
        self._url = settings.url
        self._client: Elasticsearch | None = None
        self._refresh = refresh  # make writes searchable before returning (off for bulk loads)
        self._timeout = request_timeout
        self.page_max = page_max
        self.passages_index = f"{settings.index_prefix}-passages"
        self.entities_index = f"{settings.index_prefix}-entities"

    # -- connection and errors -------------------------------------------------------------

    @property
    def client(self) -> Elasticsearch:
        if self._client is None:
            self.initialize()
        assert self._client is not None
        return self._client

    def _call(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a client call; driver errors become the project's errors, naming the URL."""
        try:
            return fn(*args, **kwargs)
        except (elastic_transport.ConnectionError, elastic_transport.ConnectionTimeout) as exc:
            raise BackendUnavailable(
                f"Elasticsearch at {self._url} is unreachable ({what}): {exc}"
            ) from exc
        except UnsupportedProductError as exc:
            raise BackendUnavailable(
                f"{self._url} does not answer as Elasticsearch ({what}): {exc}"
            ) from exc
        except ApiError as exc:
            status = exc.meta.status if exc.meta else 0
            reason = _reason(exc.body) or exc.message
            if status in (401, 403, 408, 429) or status >= 500:
                raise BackendUnavailable(
                    f"Elasticsearch at {self._url} failed ({what}): {status} {reason}"
                ) from exc
            raise ChainKGError(
                f"Elasticsearch at {self._url} rejected {what}: {status} {reason}"
            ) from exc
        except elastic_transport.TransportError as exc:
            raise BackendUnavailable(
                f"Elasticsearch at {self._url} failed ({what}): {exc}"
            ) from exc

    def initialize(self) -> None:
        if self._client is not None:
            return
        key = self._settings.api_key.get_secret_value() if self._settings.api_key else None
        client = Elasticsearch(
            self._url,
            api_key=key,
            request_timeout=self._timeout,
            max_retries=2,
            retry_on_timeout=True,
        )
        # GET / is absent on minimal distributions: cluster health is the liveness check.
        self._call(
            "cluster health",
            client.cluster.health,
            wait_for_status="yellow",
            timeout="30s",
        )
        self._client = client
        try:
            self._ensure_indices()
        except BaseException:
            self._client = None
            client.close()
            raise

    def _ensure_indices(self) -> None:
        for name, mappings in (
            (self.passages_index, PASSAGES_MAPPINGS),
            (self.entities_index, ENTITIES_MAPPINGS),
        ):
            self._call(
                f"put index template {name}",
                self.client.indices.put_index_template,
                name=name,
                index_patterns=[name],
                priority=500,
                template={"settings": INDEX_SETTINGS, "mappings": mappings},
                meta={"managed_by": "chainkg", "chainkg_schema": SCHEMA_VERSION},
            )
            exists = self._call(f"check index {name}", self.client.indices.exists, index=name)
            if not exists:
                self._create(name)
                continue
            current = self._call(
                f"read mapping of {name}",
                self.client.indices.get_mapping,
                index=name,
            )
            body: dict[str, Any] = dict(current.body)
            index_body: dict[str, Any] = next(iter(body.values()), {})
            meta = index_body.get("mappings", {}).get("_meta", {})
            if meta.get("chainkg_schema") != SCHEMA_VERSION:
                # Derived data in an older layout: start afresh (reconcile / reindex refill it).
                log.warning("index %s has an older layout; recreating it empty", name)
                self._call(f"delete {name}", self.client.indices.delete, index=name)
                self._create(name)

    def _create(self, name: str) -> None:
        try:
            self._call(f"create index {name}", self.client.indices.create, index=name)
        except ChainKGError as exc:
            cause = exc.__cause__
            if not (
                isinstance(cause, ApiError)
                and _error_type(cause.body) == "resource_already_exists_exception"
            ):
                raise  # (another process creating it at the same time is fine)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def refresh(self) -> None:
        self._call(
            "refresh",
            self.client.indices.refresh,
            index=[self.passages_index, self.entities_index],
        )

    # -- writes ----------------------------------------------------------------------------

    def _bulk(self, index: str, actions: Iterable[dict[str, Any]], what: str) -> None:
        failed: list[tuple[str, str]] = []

        def run() -> None:
            for ok, item in helpers.streaming_bulk(
                self.client,
                actions,
                index=index,
                chunk_size=BULK_CHUNK,
                max_chunk_bytes=20 * 1024 * 1024,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=3,
            ):
                if ok:
                    continue
                op, info = next(iter(item.items()))
                if op == "delete" and info.get("status") == 404:
                    continue
                failed.append((str(info.get("_id")), _reason(info.get("error")) or str(info)))

        self._call(what, run)
        if self._refresh:
            self._refresh_now(index)
        if failed:
            shown = "; ".join(f"{i}: {r}" for i, r in failed[:5])
            more = f" (and {len(failed) - 5} more)" if len(failed) > 5 else ""
            raise IndexingError(
                f"Elasticsearch at {self._url} could not {what}: {len(failed)} failed in "
                f"{index}: {shown}{more}",
                failed,
            )

    def index_passages(self, passages: Iterable[Passage | PassageRecord]) -> None:
        def actions() -> Iterator[dict[str, Any]]:
            for p in passages:
                r = as_record(p)
                tokens = r.tokens if r.tokens is not None else index_tokens(r.passage.text)
                source: dict[str, Any] = {
                    "passage_id": r.passage.id,
                    "doc_id": r.passage.doc_id,
                    "doc_title": r.title,
                    "ordinal": r.passage.ordinal,
                    "text": r.passage.text,
                    "start": r.passage.start,
                    "end": r.passage.end,
                    "tokens": " ".join(tokens),
                    "entity_ids": r.entity_ids,
                    "entity_types": r.entity_types,
                    "zones": r.zones,
                    "industries": r.industries,
                }
                if r.date:
                    source["date"] = r.date
                if r.passage.original != r.passage.text:  # absent: the same as the text
                    source["original"] = r.passage.original
                yield {"_op_type": "index", "_id": r.passage.id, "_source": source}

        self._bulk(self.passages_index, actions(), "index passages")

    def index_entities(self, entities: Iterable[EntityRecord]) -> None:
        def actions() -> Iterator[dict[str, Any]]:
            for e in entities:
                terms = entity_terms(e)
                province, city = province_city(e)
                by_kind: dict[str, list[str]] = {f: [] for f in set(KIND_FIELDS.values())}
                for term, kind in terms.kinds():
                    by_kind[KIND_FIELDS[kind]].append(term)
                words = [t for n in [*terms.names, *terms.shorts] for t in index_tokens(n)]
                source = {
                    "id": e.id,
                    "type": e.type,
                    "name": e.name,
                    "aliases": e.aliases,
                    "mentions": e.mentions,
                    "province": province,
                    "city": city,
                    "tokens": " ".join([*terms.names, *words]),
                    **by_kind,
                }
                yield {"_op_type": "index", "_id": e.id, "_source": source}

        self._bulk(self.entities_index, actions(), "index entities")

    def delete_document(self, doc_id: str) -> None:
        # Not _delete_by_query: it lives in the reindex module, which minimal distributions
        # lack. The ids are listed (scroll) and deleted in bulk.
        self._refresh_now(self.passages_index)
        ids = self._ids(self.passages_index, {"term": {"doc_id": doc_id}}, f"passages of {doc_id}")
        actions = ({"_op_type": "delete", "_id": i} for i in sorted(ids))
        self._bulk(self.passages_index, actions, f"delete passages of {doc_id}")

    def _refresh_now(self, index: str) -> None:
        self._call(f"refresh {index}", self.client.indices.refresh, index=index)

    def _ids(self, index: str, query: dict[str, Any], what: str) -> set[str]:
        def scan() -> set[str]:
            hits = helpers.scan(
                self.client, index=index, query={"query": query}, _source=False, size=2000
            )
            return {h["_id"] for h in hits}

        return self._call(f"list {what}", scan)

    def delete_entities(self, entity_ids: Iterable[str]) -> None:
        actions = ({"_op_type": "delete", "_id": eid} for eid in entity_ids)
        self._bulk(self.entities_index, actions, "delete entities")

    def clear(self) -> None:
        for name in (self.passages_index, self.entities_index):
            self._call(
                f"delete {name}",
                self.client.indices.delete,
                index=name,
                ignore_unavailable=True,
            )
        self._ensure_indices()

    def drop(self) -> None:
        """Delete both indices and their templates (tests and benchmarks clean up with this)."""
        for name in (self.passages_index, self.entities_index):
            self._call(
                f"delete {name}",
                self.client.indices.delete,
                index=name,
                ignore_unavailable=True,
            )
            try:
                self._call(
                    f"delete template {name}", self.client.indices.delete_index_template, name=name
                )
            except ChainKGError as exc:
                cause = exc.__cause__
                if not (isinstance(cause, ApiError) and cause.meta.status == 404):
                    raise

    # -- reads -----------------------------------------------------------------------------

    def document_ids(self) -> set[str]:
        out: set[str] = set()
        after: dict[str, Any] | None = None
        while True:
            composite: dict[str, Any] = {
                "size": 1000,
                "sources": [{"doc": {"terms": {"field": "doc_id"}}}],
            }
            if after:
                composite["after"] = after
            resp = self._call(
                "list documents",
                self.client.search,
                index=self.passages_index,
                size=0,
                aggs={"docs": {"composite": composite}},
            )
            agg = resp["aggregations"]["docs"]
            out.update(b["key"]["doc"] for b in agg["buckets"])
            after = agg.get("after_key")
            if not agg["buckets"] or not after:
                return out

    def entity_ids(self) -> set[str]:
        return self._ids(self.entities_index, {"match_all": {}}, "entities")

    def passage_count(self, doc_id: str) -> int:
        resp = self._call(
            f"count passages of {doc_id}",
            self.client.count,
            index=self.passages_index,
            query={"term": {"doc_id": doc_id}},
        )
        return int(resp["count"])

    @staticmethod
    def _query(plan: QueryPlan, filters: SearchFilters) -> dict[str, Any]:
        """Match every word of an alternative, or a named entity; score BM25 over the words
        (as the embedded index does)."""
        alternatives: list[dict[str, Any]] = [
            {"bool": {"filter": [{"term": {"tokens": w}} for w in alt]}}
            for alt in plan.alternatives
        ]
        if plan.entity_ids:
            alternatives.append({"terms": {"entity_ids": plan.entity_ids}})
        clauses: list[dict[str, Any]] = [
            {"bool": {"should": alternatives, "minimum_should_match": 1}}
        ]
        for attr, field in FILTER_FIELDS.items():
            values: list[str] = getattr(filters, attr)
            if values:
                clauses.append({"terms": {field: values}})
        return {
            "bool": {
                "filter": clauses,
                "should": [{"match": {"tokens": {"query": " ".join(plan.words)}}}],
            }
        }

    def _match(
        self, plan: QueryPlan, filters: SearchFilters, size: int, offset: int
    ) -> tuple[int, bool, list[StoredPassage]]:
        resp = self._call(
            "search passages",
            self.client.search,
            index=self.passages_index,
            query=self._query(plan, filters),
            size=size,
            from_=offset,
            sort=[{"_score": "desc"}, {"passage_id": "asc"}],
            track_total_hits=TOTAL_CAP,
            source_excludes=["tokens"],
        )
        hits = resp["hits"]
        out = []
        for h in hits["hits"]:
            s = h["_source"]
            out.append(
                StoredPassage(
                    passage_id=s["passage_id"],
                    doc_id=s["doc_id"],
                    doc_title=s.get("doc_title", ""),
                    ordinal=s.get("ordinal", 0),
                    text=s["text"],
                    start=s["start"],
                    end=s["end"],
                    original=s.get("original", s["text"]),
                    date=s.get("date", ""),
                    entity_ids=s.get("entity_ids", []),
                    entity_types=s.get("entity_types", []),
                    zones=s.get("zones", []),
                    industries=s.get("industries", []),
                    score=float(h["_score"] or 0.0),
                )
            )
        total = hits["total"]
        exact = total["relation"] == "eq"
        return min(int(total["value"]), TOTAL_CAP), exact, out

    def _facets(self, plan: QueryPlan, filters: SearchFilters) -> dict[str, list[FacetBucket]]:
        order = [{"_count": "desc"}, {"_key": "asc"}]
        aggs: dict[str, Any] = {
            name: {"terms": {"field": field, "size": FACET_SIZE, "order": order}}
            for name, field in FACET_FIELDS.items()
        }
        aggs["document"]["aggs"] = {"title": {"terms": {"field": "doc_title", "size": 1}}}
        resp = self._call(
            "aggregate facets",
            self.client.search,
            index=self.passages_index,
            query=self._query(plan, filters),
            size=0,
            aggs=aggs,
        )
        out: dict[str, list[FacetBucket]] = {}
        for name in FACET_FIELDS:
            buckets = resp["aggregations"][name]["buckets"]
            out[name] = [
                FacetBucket(value=b["key"], count=b["doc_count"], label=_title(b)) for b in buckets
            ]
        return out

    # -- entities --------------------------------------------------------------------------

    @staticmethod
    def _entity(s: dict[str, Any]) -> StoredEntity:
        return StoredEntity(
            id=s["id"],
            type=s["type"],
            name=s["name"],
            aliases=list(s.get("aliases") or []),
            mentions=int(s.get("mentions") or 0),
            province=s.get("province") or "",
            city=s.get("city") or "",
            terms=_terms(s),
        )

    def _entities(self, what: str, query: dict[str, Any], size: int) -> list[StoredEntity]:
        resp = self._call(
            what,
            self.client.search,
            index=self.entities_index,
            query=query,
            size=size,
            sort=SORT_ENTITIES,
            source_excludes=["tokens"],
        )
        return [self._entity(h["_source"]) for h in resp["hits"]["hits"]]

    def _entities_by_terms(self, terms: list[str], kinds: Sequence[str]) -> list[StoredEntity]:
        if not terms:
            return []
        fields = sorted({KIND_FIELDS[k] for k in kinds})
        should = [{"terms": {f: terms}} for f in fields]
        query = {"bool": {"should": should, "minimum_should_match": 1}}
        return self._entities("look entities up", query, 100)

    def _entities_by_words(self, words: list[str], size: int) -> list[StoredEntity]:
        if not words:
            return []
        query = {"bool": {"filter": [{"term": {"tokens": w}} for w in words]}}
        return self._entities("search entities", query, size)

    def _entities_by_prefix(
        self, prefix: str, kinds: Sequence[str], types: Sequence[str], size: int
    ) -> list[StoredEntity]:
        fields = sorted({KIND_FIELDS[k] for k in kinds})
        query: dict[str, Any] = {
            "bool": {
                "should": [{"prefix": {f: {"value": prefix}}} for f in fields],
                "minimum_should_match": 1,
            }
        }
        if types:
            query["bool"]["filter"] = [{"terms": {"type": list(types)}}]
        return self._entities("suggest entities", query, size)


def _terms(s: dict[str, Any]) -> EntityTerms:
    """The terms in the order ``entity_terms`` gave them (canonical name first)."""
    names = list(s.get("names") or [])
    return EntityTerms(
        names=names,
        shorts=list(s.get("shorts") or []),
        pinyin=list(s.get("pinyin") or []),
        initials=list(s.get("initials") or []),
    )


def _title(bucket: dict[str, Any]) -> str:
    titles = bucket.get("title", {}).get("buckets", [])
    return str(titles[0]["key"]) if titles else ""


def _error_type(body: Any) -> str:
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            return str(err.get("type", ""))
    return ""


def _reason(err: Any) -> str:
    """The most specific reason in an Elasticsearch error body."""
    if isinstance(err, dict):
        inner = err.get("error", err)
        if isinstance(inner, dict):
            cause = inner.get("caused_by")
            reason = f"{inner.get('type', '')}: {inner.get('reason', '')}".strip(": ")
            if isinstance(cause, dict) and cause.get("reason"):
                reason += f" ({cause.get('reason')})"
            return reason
        return str(inner)
    return str(err) if err else ""
