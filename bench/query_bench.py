"""Query latency at scale: p50/p95 of each query family on synthetic graphs of growing size, on
the embedded store and on Neo4j, printed as one table with how latency grows with size.

    .venv/bin/python bench/query_bench.py --sizes 10000 100000 1000000 [--backends embedded neo4j]
    .venv/bin/python bench/query_bench.py --sizes 1000000 --backends neo4j --load-only
    .venv/bin/python bench/query_bench.py --sizes 10000 100000 1000000 \
        --neo4j 10000=bolt://127.0.0.1:7690 --neo4j 100000=bolt://127.0.0.1:7689 \
        --neo4j 1000000=bolt://127.0.0.1:7688      # one Neo4j per size, every size kept loaded

Each size is loaded through the ``GraphStore`` port (``write_document``, documents of
``--per-doc`` relations, every relation with evidence), then centrality is computed in batch, as
after a real ingest. A loaded graph is kept and reused by the next run (embedded: a SQLite file
per size in ``--workdir``; Neo4j: one size at a time, found by a marker document) unless
``--fresh``. Queries run in a fresh child process per backend and size, ``--repeat`` times per
family on random subjects after a warm-up (the embedded file is read through once first, so both
backends are measured warm; the child settles its memory as the API does once started), single
client; the child's peak RSS is the memory of the embedded backend serving that graph.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.progress import Progress

from bench.neo4j_load import engines_uri
from bench.synthetic import SyntheticGraph, add_consortia, document_graphs, generate
from chainkg.analytics import compute_centrality
from chainkg.graph.port import GraphStore
from chainkg.graph.records import DocumentGraph
from chainkg.model import Document
from chainkg.settings import Neo4jSettings

FAMILIES = ("chain", "consortium", "leaders", "profile")
SUBJECTS = 200  # random subjects drawn per family, passed to the query process
WARM_UP = 30  # queries per family before timing (a freshly started Neo4j is still compiling)


def open_store(backend: str, workdir: Path, size: int, uri: str | None = None) -> GraphStore:
    """The store of one backend for the graph of ``size``; Neo4j at ``uri`` (default: the one
    ``scripts/engines`` started)."""
    if backend == "neo4j":
        from chainkg.graph.neo4j_store import Neo4jGraphStore

        settings = Neo4jSettings(uri=uri or engines_uri(), batch_size=5000)
        store: GraphStore = Neo4jGraphStore(settings)
    else:
        from chainkg.graph.sqlite_store import SqliteGraphStore

        store = SqliteGraphStore(workdir / f"graph-{size}.sqlite")
    store.initialize()
    return store


def marker(size: int) -> DocumentGraph:
    """A last, empty document saying the graph of ``size`` enterprises is complete."""
    doc = Document(
        id=f"doc_bench_complete_{size}",
        title=f"synthetic graph of {size} enterprises, complete",
        source=f"bench:synthetic:{size}",
        text="",
    )
    return DocumentGraph(document=doc)


def load(
    store: GraphStore, graph: SyntheticGraph, size: int, per_doc: int, fresh: bool
) -> tuple[float, float]:
    """Load the graph unless a complete copy is there; seconds to load and to rank (0 if kept)."""
    done = marker(size)
    if not fresh and store.has_document(done.document.id):
        return 0.0, 0.0
    store.clear()
    t = time.perf_counter()
    with Progress(transient=True) as progress:
        total = -(-len(graph.relations) // per_doc)
        task = progress.add_task(f"loading {size:,} enterprises", total=total)
        for dg in document_graphs(graph, per_doc):  # one document in memory at a time
            store.write_document(dg)
            progress.advance(task)
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    compute_centrality(store)
    rank_s = time.perf_counter() - t
    store.write_document(done)
    return load_s, rank_s


def subjects(graph: SyntheticGraph, seed: int = 1) -> dict[str, list[str]]:
    rng = random.Random(seed)

    def pick(type_: str, strip: str = "") -> list[str]:
        names = [e["name"].removesuffix(strip) for e in graph.of_type(type_)]
        return [rng.choice(names) for _ in range(SUBJECTS)]

    return {
        "chain": pick("Zone"),
        "consortium": pick("Consortium", "产教联合体"),  # asked by the leading zone's name
        "leaders": pick("Industry"),
        "profile": pick("Enterprise"),
    }


def timed(fn: Callable[[str], object], names: list[str], repeat: int) -> tuple[float, float]:
    for name in names[-WARM_UP:]:  # plans compiled, caches filled, the JVM's JIT warmed up
        fn(name)
    samples = []
    for i in range(repeat):
        t = time.perf_counter()
        fn(names[i % len(names)])
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, round(len(samples) * 0.95) - 1)]


def peak_rss_mib() -> float:
    """This process's peak resident memory. ``getrusage`` would not do: Linux keeps its maximum
    across ``exec``, so a child would report the size of the parent it was forked from."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm_file(path: Path) -> float:
    """Read the database file once, as a serving process finds it after a while (and as Neo4j
    finds its store right after the load): the figures are then a warm server's, not the first
    reads after a cold start. Read into one small buffer, so the process's memory stays its own."""
    t = time.perf_counter()
    buf = bytearray(8 << 20)
    with path.open("rb", buffering=0) as f:
        while f.readinto(buf):
            pass
    return time.perf_counter() - t


def worker(
    backend: str, workdir: Path, size: int, subjects_file: Path, repeat: int, uri: str | None
) -> None:
    """Run every query family and print the figures as one JSON line (in the child process)."""
    from chainkg.chains import get_catalog
    from chainkg.queries.chain import chain_extension
    from chainkg.queries.consortium import consortium
    from chainkg.queries.leaders import chain_leaders
    from chainkg.queries.profile import entity_profile
    from chainkg.services import settle

    names = json.loads(subjects_file.read_text(encoding="utf-8"))
    catalog = get_catalog()
    warm_s = warm_file(workdir / f"graph-{size}.sqlite") if backend == "embedded" else 0.0
    store = open_store(backend, workdir, size, uri)
    settle()  # as the API does once started
    queries: dict[str, Callable[[str], object]] = {
        "chain": lambda n: chain_extension(store, catalog, n),
        "consortium": lambda n: consortium(store, n),
        "leaders": lambda n: chain_leaders(store, catalog, n),
        "profile": lambda n: entity_profile(store, n),
    }
    out: dict[str, object] = {f: timed(queries[f], names[f], repeat) for f in FAMILIES}
    out["rss_mib"] = peak_rss_mib()
    out["warm_s"] = warm_s
    store.close()
    print(json.dumps(out))


def measure(
    backend: str, workdir: Path, size: int, repeat: int, uri: str | None
) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--worker", backend, "--workdir", str(workdir),
           "--sizes", str(size), "--repeat", str(repeat)]  # fmt: skip
    if uri:
        cmd += ["--neo4j", f"{size}={uri}"]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def growth(rows: list[dict[str, object]]) -> list[str]:
    """How p95 grows from the smallest size to each larger one, per backend and family."""
    lines = []
    by_key: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for r in rows:
        key = (str(r["backend"]), str(r["family"]))
        by_key.setdefault(key, []).append((int(str(r["size"])), float(str(r["p95"]))))
    for (backend, family), points in sorted(by_key.items()):
        points.sort()
        base_size, base = points[0]
        steps = ", ".join(
            f"×{size // base_size:,} size → ×{p95 / base:.2f} p95" for size, p95 in points[1:]
        )
        if steps:
            lines.append(f"  {backend:<9} {family:<11} {steps}")
    return lines


def neo4j_uris(pairs: list[str]) -> dict[int, str]:
    """``--neo4j SIZE=URI`` options as a map."""
    out = {}
    for pair in pairs:
        size, sep, uri = pair.partition("=")
        if not sep or not size.strip().isdigit() or not uri.strip():
            raise SystemExit(f"--neo4j {pair!r}: expected SIZE=URI, e.g. 100000=bolt://127.0.0.1:7689")
        out[int(size)] = uri.strip()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--backends", nargs="+", default=["embedded", "neo4j"])
    ap.add_argument("--repeat", type=int, default=100)
    ap.add_argument("--per-doc", type=int, default=20_000, help="relations per loaded document")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/chainkg-query-bench"))
    ap.add_argument("--fresh", action="store_true", help="reload even if a complete copy exists")
    ap.add_argument("--load-only", action="store_true")
    ap.add_argument(
        "--neo4j", action="append", default=[], metavar="SIZE=URI",
        help="the Neo4j holding the graph of SIZE (one per size, so that every size is kept"
        " loaded and measured in one run); default: the one `scripts/engines` started",
    )  # fmt: skip
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    uris = neo4j_uris(args.neo4j)
    if args.worker:
        size = args.sizes[0]
        subjects_file = args.workdir / f"subjects-{size}.json"
        worker(args.worker, args.workdir, size, subjects_file, args.repeat, uris.get(size))
        return
    rows: list[dict[str, object]] = []
    for size in args.sizes:
        graph = generate(size)
        add_consortia(graph)
        gc.freeze()  # millions of long-lived objects: full collections would rescan them all
        subjects_file = args.workdir / f"subjects-{size}.json"
        subjects_file.write_text(json.dumps(subjects(graph), ensure_ascii=False), encoding="utf-8")
        for backend in args.backends:
            store = open_store(backend, args.workdir, size, uris.get(size))
            load_s, rank_s = load(store, graph, size, args.per_doc, args.fresh)
            stats = store.stats()
            store.close()
            print(f"{size:>9,} {backend:<9} loaded: {stats['entities']:,} entities, "
                  f"{stats['relations']:,} relations (load {load_s:.0f} s, rank {rank_s:.0f} s)",
                  flush=True)  # fmt: skip
            if args.load_only:
                continue
            result = measure(backend, args.workdir, size, args.repeat, uris.get(size))
            disk = ""
            if backend == "embedded":
                mib = os.path.getsize(args.workdir / f"graph-{size}.sqlite") / 2**20
                disk = (f"; query process peak RSS {result['rss_mib']:.0f} MiB, file {mib:.0f} MiB"
                        f" (read once before timing: {result['warm_s']:.1f} s)")  # fmt: skip
            for family in FAMILIES:
                p50, p95 = result[family]  # type: ignore[misc]
                rows.append({"size": size, "backend": backend, "family": family, "p50": p50,
                             "p95": p95, "load_s": load_s, "rank_s": rank_s})  # fmt: skip
                print(f"{size:>9,} {backend:<9} {family:<11} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms",
                      flush=True)  # fmt: skip
            if disk:
                print(f"{size:>9,} {backend:<9} memory{disk}", flush=True)
        del graph
        gc.unfreeze()
    if not rows:
        return
    print(f"\n{'enterprises':>11} {'backend':<9} {'query':<11} {'p50 ms':>8} {'p95 ms':>8}")
    for r in rows:
        size, backend, family = r["size"], r["backend"], r["family"]
        print(f"{size:>11,} {backend:<9} {family:<11} {r['p50']:8.2f} {r['p95']:8.2f}")
    lines = growth(rows)
    if lines:
        print("\ngrowth of p95 with size:")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
