"""Query latency at scale: p50/p95 of each query family on synthetic graphs of growing size,
on the embedded store and on Neo4j, printed as one table.

    .venv/bin/python bench/query_bench.py --sizes 10000 100000 1000000 [--backends embedded neo4j]

Each size is loaded through the ``GraphStore`` port (documents of 5,000 relations, every relation
with evidence), centrality is computed in batch, then each query runs ``--repeat`` times on
random subjects. Memory: peak RSS of this process after loading (embedded) is printed too.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.neo4j_load import engines_uri
from bench.synthetic import add_consortia, document_graphs, generate
from chainkg.analytics import compute_centrality
from chainkg.chains import get_catalog
from chainkg.graph.port import GraphStore
from chainkg.queries.chain import chain_extension
from chainkg.queries.consortium import consortium
from chainkg.queries.leaders import chain_leaders
from chainkg.queries.profile import entity_profile
from chainkg.settings import Neo4jSettings


def open_store(backend: str, folder: Path) -> GraphStore:
    if backend == "neo4j":
        from chainkg.graph.neo4j_store import Neo4jGraphStore

        store: GraphStore = Neo4jGraphStore(Neo4jSettings(uri=engines_uri(), batch_size=5000))
    else:
        from chainkg.graph.sqlite_store import SqliteGraphStore

        store = SqliteGraphStore(folder / "bench.sqlite")
    store.initialize()
    store.clear()
    return store


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--backends", nargs="+", default=["embedded", "neo4j"])
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    catalog = get_catalog()
    rows = []
    for size in args.sizes:
        graph = generate(size)
        add_consortia(graph)
        zones = [e["name"] for e in graph.of_type("Zone")]
        led = [e["name"].removesuffix("产教联合体") for e in graph.of_type("Consortium")]
        industries = [e["name"] for e in graph.of_type("Industry")]
        companies = [e["name"] for e in graph.of_type("Enterprise")]
        for backend in args.backends:
            with tempfile.TemporaryDirectory() as tmp:
                store = open_store(backend, Path(tmp))
                t = time.perf_counter()
                for dg in document_graphs(graph):
                    store.write_document(dg)
                load_s = time.perf_counter() - t
                t = time.perf_counter()
                compute_centrality(store)
                rank_s = time.perf_counter() - t
                rng = random.Random(1)
                queries: dict[str, Callable[[], object]] = {
                    "chain": lambda: chain_extension(store, catalog, rng.choice(zones)),
                    "consortium": lambda: consortium(store, rng.choice(led)),
                    "leaders": lambda: chain_leaders(store, catalog, rng.choice(industries)),
                    "profile": lambda: entity_profile(store, rng.choice(companies)),
                }
                for name, fn in queries.items():
                    p50, p95 = timed(fn, args.repeat)
                    rows.append((size, backend, name, p50, p95, load_s, rank_s))
                    print(f"{size:>9} {backend:<9} {name:<11} p50 {p50:8.2f} ms  p95 {p95:8.2f} ms",
                          flush=True)  # fmt: skip
                store.clear()
                store.close()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  size {size}: peak RSS of this process so far {rss:.0f} MiB", flush=True)
    print(f"\n{'enterprises':>11} {'backend':<9} {'query':<11} {'p50 ms':>8} {'p95 ms':>8}"
          f" {'load s':>8} {'rank s':>7}")  # fmt: skip
    for size, backend, name, p50, p95, load_s, rank_s in rows:
        print(
            f"{size:>11} {backend:<9} {name:<11} {p50:8.2f} {p95:8.2f} {load_s:8.1f} {rank_s:7.1f}"
        )


if __name__ == "__main__":
    main()
