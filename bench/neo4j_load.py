"""Neo4j load: batched ``UNWIND`` against one ``MERGE`` per row, on the same synthetic data.

    .venv/bin/python bench/neo4j_load.py --enterprises 100000 [--uri bolt://127.0.0.1:7687]

Prints rows/s of both and their ratio (target: batched ≥ 30× per-row). The database is cleared
before each run. ``--per-row-limit`` bounds the per-row pass to a prefix of the same rows when
the full pass would take too long; the rate is then measured on that prefix.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from neo4j import GraphDatabase

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import generate
from chainkg.graph import cypher_catalog as cypher


def engines_uri() -> str:
    env = Path(os.environ.get("CHAINKG_ENGINES_HOME", Path.home() / ".cache/chainkg-engines"))
    f = env / "engines.env"
    if f.is_file():
        for line in f.read_text().splitlines():
            if line.startswith("CHAINKG_NEO4J__URI="):
                return line.split("=", 1)[1].strip()
    return os.environ.get("CHAINKG_NEO4J__URI", "bolt://127.0.0.1:7687")


def clear(driver: GraphDatabase) -> None:  # type: ignore[valid-type]
    with driver.session() as s:  # type: ignore[attr-defined]
        s.run(cypher.query("clear")).consume()
        for stmt in cypher.statements("schema"):
            s.run(stmt).consume()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--enterprises", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--per-row-limit", type=int, default=0, help="0 = every row")
    ap.add_argument("--uri", default=None)
    args = ap.parse_args()
    uri = args.uri or engines_uri()
    t = time.perf_counter()
    graph = generate(args.enterprises)
    print(
        f"generated {len(graph.entities)} entities, {len(graph.relations)} relations "
        f"in {time.perf_counter() - t:.1f}s"
    )
    rows = graph.entities
    driver = GraphDatabase.driver(uri, auth=None)
    try:
        clear(driver)
        q = cypher.query("import_entities")
        t = time.perf_counter()
        with driver.session() as s:
            for i in range(0, len(rows), args.batch):
                chunk = rows[i : i + args.batch]
                s.execute_write(lambda tx, c=chunk: tx.run(q, rows=c).consume())
        batched = len(rows) / (time.perf_counter() - t)
        qr = cypher.query("import_relations")
        t = time.perf_counter()
        with driver.session() as s:
            for i in range(0, len(graph.relations), args.batch):
                chunk = graph.relations[i : i + args.batch]
                s.execute_write(lambda tx, c=chunk: tx.run(qr, rows=c).consume())
        rel_rate = len(graph.relations) / (time.perf_counter() - t)

        clear(driver)
        one = cypher.query("import_entity")
        subset = rows[: args.per_row_limit] if args.per_row_limit else rows
        t = time.perf_counter()
        with driver.session() as s:
            for row in subset:
                s.execute_write(lambda tx, r=row: tx.run(one, row=r).consume())
        per_row = len(subset) / (time.perf_counter() - t)
        clear(driver)
    finally:
        driver.close()
    print(f"{'method':<28}{'rows':>10}{'rows/s':>12}")
    print(f"{'batched UNWIND entities':<28}{len(rows):>10}{batched:>12.0f}")
    print(f"{'batched UNWIND relations':<28}{len(graph.relations):>10}{rel_rate:>12.0f}")
    print(f"{'per-row MERGE entities':<28}{len(subset):>10}{per_row:>12.0f}")
    print(f"ratio batched/per-row: {batched / per_row:.1f}x (target >= 30x)")


if __name__ == "__main__":
    main()
