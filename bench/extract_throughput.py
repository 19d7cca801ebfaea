"""Throughput of the whole extractor against bare ``jieba.lcut`` on the same corpus, in one run.

    .venv/bin/python bench/extract_throughput.py [CORPUS_DIR] [--rounds N]

The corpus is every ``*.json`` gold file's ``text`` in CORPUS_DIR (default ../shared/corpus, when
present) plus the bundled seed report. Both sides are warmed up first (dictionaries and automata
loaded), then timed over the same texts, alternating rounds so that machine noise hits both.
Prints KB/s (UTF-8) for each, the ratio extractor / lcut over all rounds, and the medians of the
per-round ratios in wall-clock and in process CPU time (each round times both sides back to back;
on a busy machine the CPU-time median is the figure other processes disturb least). Target: ≥ 0.5.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chainkg.nlp.extractor import extract_text

TARGET = 0.5  # issue 3: the extractor at least half as fast as bare jieba.lcut


def load_texts(corpus: Path | None) -> list[str]:
    texts = [(ROOT / "data" / "samples" / "shanxi_devzones_2024.txt").read_text(encoding="utf-8")]
    if corpus is not None and corpus.is_dir():
        for path in sorted(corpus.glob("*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    texts = load_texts(Path(args.corpus))
    size_kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    jieba.setLogLevel(logging.WARNING)
    for t in texts:  # warm up both sides
        jieba.lcut(t)
        extract_text(t)
    t_lcut = t_ext = 0.0
    ratios: list[float] = []
    cpu_ratios: list[float] = []
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            jieba.lcut(t)
        t1, c1 = time.perf_counter(), time.process_time()
        for t in texts:
            extract_text(t)
        t2, c2 = time.perf_counter(), time.process_time()
        t_lcut += t1 - t0
        t_ext += t2 - t1
        ratios.append((t1 - t0) / (t2 - t1))  # same bytes: time ratio = throughput ratio
        cpu_ratios.append((c1 - c0) / max(c2 - c1, 1e-9))
    kb = size_kb * args.rounds
    lcut_rate, ext_rate = kb / t_lcut, kb / t_ext
    print(f"corpus: {len(texts)} texts, {size_kb:.1f} KB, {args.rounds} rounds")
    print(f"jieba.lcut : {lcut_rate:8.1f} KB/s")
    print(f"extractor  : {ext_rate:8.1f} KB/s")
    print(f"ratio per round (wall): {' '.join(f'{r:.2f}' for r in ratios)}")
    print(f"ratio per round (CPU) : {' '.join(f'{r:.2f}' for r in cpu_ratios)}")
    print(
        f"ratio extractor/lcut: {ext_rate / lcut_rate:.2f} overall (wall), "
        f"{statistics.median(ratios):.2f} median (wall), "
        f"{statistics.median(cpu_ratios):.2f} median (CPU time) (target >= {TARGET})"
    )


if __name__ == "__main__":
    main()
