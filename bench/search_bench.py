"""Search benchmark: index synthetic passages and entities into each backend, then time searches.

    .venv/bin/python bench/search_bench.py                       # 1M passages, both backends
    .venv/bin/python bench/search_bench.py --passages 20000      # a quick run
    .venv/bin/python bench/search_bench.py --backends embedded   # one backend

Passages (~150 characters, 2–4 sentences of development-zone reporting) are generated
deterministically around the entity names of ``bench/synthetic.py`` (enterprises, zones,
universities, industries) and tokenized once with chainkg's search tokens (jieba, in worker
processes) into a cache file; the same tokens and annotations then go into every backend through
the ``SearchIndex`` port (``PassageRecord.tokens``), so indexing throughput is the backend's own.
Search latency is measured end to end through the port (``search``: plan, match and count, rerank,
highlight; ``suggest``), single client, after a warm-up, on a fixed mix of queries: full and short
names, zones, industries, two-word queries, generic phrases, pinyin and initials, some with
filters; facets are timed separately. Beside wall-clock latency it prints the searching thread's
CPU time (the embedded index's whole work; for Elasticsearch only the client's) and the load
average, since on a shared machine other jobs stretch every wall-clock figure. Elasticsearch's
URL comes from ``--es-url``, ``CHAINKG_ELASTIC__URL`` or the engines script's file; its indices
(own prefix) are dropped at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import CITIES, generate
from chainkg.graph.port import EntityRecord
from chainkg.model import Passage
from chainkg.search.port import EntityTag, PassageRecord, SearchFilters, SearchIndex

FILLERS = [
    "推动产业链延链补链强链", "加快形成新质生产力", "提升招商引资质效", "打造特色产业集群",
    "深化产教融合", "共建实习实训基地", "落实“承诺制”审批", "推行“标准地”出让",
    "实行全代办服务", "推进“管运分离”改革", "强化要素保障", "推动数字化转型",
    "引进上下游配套企业", "培育专精特新企业", "建设标准化厂房", "优化营商环境",
    "开展以商引商", "组建产教联合体", "完善创新链和人才链", "推进技术改造和转型升级",
    "建成投产后可年产{n}万吨", "总投资{n}亿元", "年产值预计{n}亿元", "新增就业岗位{n}个",
    "签约项目{n}个", "入驻企业{n}家", "累计培养技能人才{n}名", "占地{n}亩",
]  # fmt: skip
TEMPLATES = [
    "{zone}围绕{industry}产业，引进{ent}等{n}家企业，{f1}，{f2}。",
    "{ent}落户{zone}，{f1}，{f2}。",
    "{zone}与{uni}共建{industry}实训基地，{f1}；{ent}{f2}。",
    "在{industry}领域，{ent}与{ent2}开展合作，{f1}，{f2}。",
    "{city}着力{f1}，{zone}{f2}，{ent}成为{industry}链主企业。",
    "{uni}联合{ent}，{f1}，为{zone}{f2}。",
]
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class World:
    enterprises: list[dict[str, Any]]
    zones: list[dict[str, Any]]
    universities: list[dict[str, Any]]
    industries: list[dict[str, Any]]

    @property
    def entities(self) -> list[dict[str, Any]]:
        return self.industries + self.zones + self.universities + self.enterprises


def world(passages: int) -> World:
    g = generate(max(200, passages // 20))
    return World(
        enterprises=g.of_type("Enterprise"),
        zones=g.of_type("Zone"),
        universities=g.of_type("University"),
        industries=g.of_type("Industry"),
    )


def passages(w: World, n: int, seed: int = 11) -> Iterator[tuple[str, str, list[str]]]:
    """(passage id, text, ids of the entities it names), deterministic."""
    rng = random.Random(seed)
    for i in range(n):
        zone, uni = rng.choice(w.zones), rng.choice(w.universities)
        ent, ent2 = rng.choice(w.enterprises), rng.choice(w.enterprises)
        ind = rng.choice(w.industries)
        sentences = []
        for _ in range(rng.randint(2, 3)):
            t = rng.choice(TEMPLATES)
            f1, f2 = rng.sample(FILLERS, 2)
            sentences.append(
                t.format(
                    zone=zone["name"],
                    uni=uni["name"],
                    ent=ent["name"],
                    ent2=ent2["name"],
                    industry=ind["name"],
                    city=rng.choice(CITIES),
                    n=rng.randint(2, 300),
                    f1=f1.format(n=rng.randint(2, 500)),
                    f2=f2.format(n=rng.randint(2, 500)),
                )
            )
        text = "".join(sentences)
        named = [e["id"] for e in (zone, uni, ent, ent2, ind) if e["name"] in text]
        yield f"doc_{i // 20:08x}:{i % 20}", text, sorted(set(named))


def _tokenize(chunk: list[tuple[str, str, list[str]]]) -> list[tuple[str, str, list[str], str]]:
    from chainkg.search.text import index_tokens

    return [(pid, text, ids, " ".join(index_tokens(text))) for pid, text, ids in chunk]


def _chunks(it: Iterator[tuple[str, str, list[str]]]) -> Iterator[list[tuple[str, str, list[str]]]]:
    chunk: list[tuple[str, str, list[str]]] = []
    for item in it:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build_cache(w: World, n: int, path: Path, workers: int) -> tuple[float, int, Counter[str]]:
    """Tokenize the passages once (worker processes) into ``path``; (seconds, chars, mentions)."""
    mentions: Counter[str] = Counter()
    chars = 0
    start = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool, path.open("w", encoding="utf-8") as out:
        for done in pool.imap(_tokenize, _chunks(passages(w, n)), chunksize=1):
            for pid, text, ids, tokens in done:
                chars += len(text)
                mentions.update(ids)
                out.write(json.dumps([pid, text, ids, tokens], ensure_ascii=False) + "\n")
    return time.perf_counter() - start, chars, mentions


def records(path: Path, w: World) -> Iterator[PassageRecord]:
    by_id = {e["id"]: e for e in w.entities}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            pid, text, ids, tokens = json.loads(line)
            doc, ordinal = pid.split(":")
            p = Passage(id=pid, doc_id=doc, ordinal=int(ordinal), text=text, start=0,
                        end=len(text), original=text)  # fmt: skip
            tags = tuple(EntityTag(i, by_id[i]["type"], by_id[i]["name"]) for i in ids)
            yield PassageRecord(p, title=f"synthetic report {doc}", date="2024-06-01",
                                entities=tags, tokens=tuple(tokens.split()))  # fmt: skip


def entity_records(w: World, mentions: Counter[str]) -> list[EntityRecord]:
    return [
        EntityRecord(
            id=e["id"],
            type=e["type"],
            name=e["name"],
            aliases=[],
            props={},
            mentions=mentions.get(e["id"], 0),
        )
        for e in w.entities
    ]


def query_mix(w: World, n: int, seed: int = 5) -> list[tuple[str, str, SearchFilters]]:
    """(kind, query, filters), a fixed mix."""
    from chainkg.search.names import pinyin_forms, short_forms

    rng = random.Random(seed)
    out: list[tuple[str, str, SearchFilters]] = []
    none = SearchFilters()
    generic = ["产教融合", "招商引资", "实训基地", "新质生产力", "链主企业", "管运分离", "标准地",
               "专精特新", "营商环境", "数字化转型"]  # fmt: skip
    for i in range(n):
        ent, zone = rng.choice(w.enterprises), rng.choice(w.zones)
        ind, city = rng.choice(w.industries)["name"], rng.choice(CITIES)
        kind = ["name", "short", "zone", "industry", "two words", "generic", "pinyin", "initials",
                "filtered", "filtered"][i % 10]  # fmt: skip
        if kind == "name":
            out.append((kind, ent["name"], none))
        elif kind == "short":
            shorts = short_forms(ent["name"])
            out.append((kind, shorts[-1] if shorts else ent["name"], none))
        elif kind == "zone":
            out.append((kind, zone["name"], none))
        elif kind == "industry":
            out.append((kind, ind, none))
        elif kind == "two words":
            out.append((kind, f"{city} {ind}", none))
        elif kind == "generic":
            out.append((kind, rng.choice(generic), none))
        elif kind == "pinyin":
            out.append((kind, pinyin_forms(city)[0][0], none))
        elif kind == "initials":  # of an enterprise's short name (zone names have digits)
            shorts = short_forms(ent["name"]) or [ent["name"]]
            out.append((kind, pinyin_forms(shorts[-1])[1][0], none))
        else:
            f = (SearchFilters(zones=[zone["name"]]) if i % 20 == 8
                 else SearchFilters(types=["University"]))  # fmt: skip
            out.append((kind, ind, f))
    return out


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def timed(fn: Any) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def open_backend(name: str, workdir: Path, es_url: str) -> SearchIndex:
    if name == "elastic":
        from chainkg.search.elastic_index import ElasticSearchIndex
        from chainkg.settings import ElasticSettings

        prefix = f"chainkg-bench-{uuid.uuid4().hex[:8]}"
        es = ElasticSearchIndex(ElasticSettings(url=es_url, index_prefix=prefix), refresh=False,
                                request_timeout=600)  # fmt: skip
        es.initialize()
        return es
    from chainkg.search.sqlite_index import SqliteSearchIndex

    db = workdir / "bench-search.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    idx = SqliteSearchIndex(db)
    idx.initialize()
    return idx


def batches(it: Iterator[PassageRecord], size: int) -> Iterator[list[PassageRecord]]:
    batch: list[PassageRecord] = []
    for r in it:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_backend(
    name: str, args: argparse.Namespace, w: World, cache: Path, mentions: Counter[str],
    queries: list[tuple[str, str, SearchFilters]],
) -> dict[str, Any]:  # fmt: skip
    index = open_backend(name, Path(args.workdir), args.es_url)
    row: dict[str, Any] = {"backend": name}
    try:
        t = time.perf_counter()
        done = 0
        for batch in batches(records(cache, w), 20_000):
            index.index_passages(batch)
            done += len(batch)
            if done % 100_000 == 0:
                rate = done / (time.perf_counter() - t)
                print(f"  {name}: {done:,} passages ({rate:,.0f}/s)", flush=True)
        index.refresh()
        row["passages/s"] = args.passages / (time.perf_counter() - t)
        ents = entity_records(w, mentions)
        t = time.perf_counter()
        index.index_entities(ents)
        index.refresh()
        row["entities/s"] = len(ents) / (time.perf_counter() - t)
        row["entities"] = len(ents)
        for _kind, q, f in queries[: args.warmup]:
            index.search(q, filters=f)
        lat: dict[str, list[float]] = {}
        totals: list[int] = []
        for kind, q, f in queries:
            holder: dict[str, int] = {}

            def go(q: str = q, f: SearchFilters = f, holder: dict[str, int] = holder) -> None:
                holder["total"] = index.search(q, filters=f).total

            cpu = time.thread_time()
            ms = timed(go)
            lat.setdefault("search cpu", []).append((time.thread_time() - cpu) * 1000)
            totals.append(holder["total"])
            lat.setdefault("search", []).append(ms)
            lat.setdefault(f"search:{kind}", []).append(ms)
        for _kind, q, f in queries[: max(1, len(queries) // 4)]:
            lat.setdefault("facets", []).append(
                timed(lambda q=q, f=f: index.search(q, filters=f, facets=True))
            )
        prefixes = [q[: max(2, len(q) // 2)] for _, q, _ in queries if " " not in q]
        for p in prefixes[: len(queries) // 2]:
            lat.setdefault("suggest", []).append(timed(lambda p=p: index.suggest(p)))
        row["latency"] = {k: (pct(v, 0.5), pct(v, 0.95), len(v)) for k, v in lat.items()}
        row["median total"] = statistics.median(totals) if totals else 0
    finally:
        if name == "elastic" and not args.keep:
            index.drop()  # type: ignore[attr-defined]
        index.close()
    return row


def engines_url() -> str:
    if os.environ.get("CHAINKG_ELASTIC__URL"):
        return os.environ["CHAINKG_ELASTIC__URL"]
    home = Path(os.environ.get("CHAINKG_ENGINES_HOME", Path.home() / ".cache/chainkg-engines"))
    f = home / "engines.env"
    if f.is_file():
        for line in f.read_text().splitlines():
            if line.startswith("CHAINKG_ELASTIC__URL="):
                return line.split("=", 1)[1].strip()
    return "http://127.0.0.1:9200"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--passages", type=int, default=1_000_000)
    ap.add_argument("--backends", default="embedded,elastic")
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--warmup", type=int, default=40)
    ap.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "chainkg-search-bench"))
    ap.add_argument("--es-url", default=engines_url())
    ap.add_argument("--keep", action="store_true", help="keep the Elasticsearch indices")
    ap.add_argument(
        "--reuse-cache", action="store_true", help="reuse the token cache of an earlier run"
    )
    args = ap.parse_args()
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    w = world(args.passages)
    cache = Path(args.workdir) / f"passages-{args.passages}.jsonl"
    print(f"{args.passages:,} passages, {len(w.entities):,} entities; tokenizing into {cache}")
    if args.reuse_cache and cache.is_file():
        mentions = Counter()
        with cache.open(encoding="utf-8") as fh:
            for line in fh:
                mentions.update(json.loads(line)[2])
        print(f"reusing the tokens in {cache} (tokenizing not timed this run)", flush=True)
    else:
        secs, chars, mentions = build_cache(w, args.passages, cache, args.workers)
        print(f"tokenized {args.passages:,} passages ({chars / args.passages:.0f} chars each) in "
              f"{secs:.0f} s with {args.workers} processes: {args.passages / secs:,.0f} passages/s,"
              f" {chars / secs / 1e6:.2f} M chars/s", flush=True)  # fmt: skip
    queries = query_mix(w, args.queries)
    rows = []
    for name in [b.strip() for b in args.backends.split(",") if b.strip()]:
        print(f"indexing into {name} …", flush=True)
        rows.append(run_backend(name, args, w, cache, mentions, queries))
    print()
    print("| backend | passages/s | entities/s | search p50 / p95 ms | with facets p50 / p95 "
          "ms | suggest p50 / p95 ms |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for r in rows:
        lat = r["latency"]
        print(
            f"| {r['backend']} | {r['passages/s']:,.0f} | {r['entities/s']:,.0f} | "
            f"{lat['search'][0]:.1f} / {lat['search'][1]:.1f} | "
            f"{lat['facets'][0]:.1f} / {lat['facets'][1]:.1f} | "
            f"{lat['suggest'][0]:.1f} / {lat['suggest'][1]:.1f} |"
        )
    print()
    print("search latency by query kind, p50 / p95 ms (n):")
    kinds = sorted({k for r in rows for k in r["latency"] if k.startswith("search:")})
    for k in kinds:
        cells = []
        for r in rows:
            p50, p95, n = r["latency"].get(k, (float("nan"), float("nan"), 0))
            cells.append(f"{r['backend']} {p50:.1f} / {p95:.1f} ({n})")
        print(f"  {k[7:]:10} " + "   ".join(cells))
    print("CPU time of the searching thread, p50 / p95 ms (the embedded index works in it; "
          "Elasticsearch's client only waits): "
          + ", ".join(f"{r['backend']} {r['latency']['search cpu'][0]:.1f} / "
                      f"{r['latency']['search cpu'][1]:.1f}" for r in rows))  # fmt: skip
    print(
        f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
        f"on {os.cpu_count()} CPUs (other jobs slow every figure alike)"
    )
    print("(median matching passages per query: "
          + ", ".join(f"{r['backend']} {r['median total']:,.0f}" for r in rows) + ")")  # fmt: skip


if __name__ == "__main__":
    main()
