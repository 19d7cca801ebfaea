"""Ingest throughput per input format: read, and read + repair + extract.

Builds N documents per format (txt, md, gbk, pdf, docx, html, jsonl) from the sample report
``data/samples/shanxi_devzones_2024.txt`` in a temporary directory, then times
``chainkg.ingest.readers.iter_sources`` over them (documents/s, KB/s of input files) and the same
followed by ``repair`` and the extractor. Single-threaded; the extractor is warmed up first.

    .venv/bin/python bench/ingest_throughput.py [-n 20] [--repeat 3]

Needs the dev extra (reportlab builds the PDFs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.fixtures.formats.builders

from chainkg.errors import InputError
from chainkg.ingest.readers import SourceText, iter_sources
from chainkg.ingest.repair import repair
from chainkg.nlp.extractor import extract
from tests.fixtures.formats.builders import (
    docx_bytes,
    html_page,
    jsonl_bytes,
    pdf_bytes,
)

SAMPLE = ROOT / "data" / "samples" / "shanxi_devzones_2024.txt"
PDF_LINES_PER_PAGE = 40
FORMATS = ("txt", "md", "gbk", "pdf", "docx", "html", "jsonl")


@dataclass
class Row:
    fmt: str
    docs: int
    kbytes: float
    read_s: float
    full_s: float
    entities: int


def build(fmt: str, n: int, out: Path) -> list[Path]:
    """``n`` documents of one format under ``out/fmt`` (JSONL: one file of ``n`` lines)."""
    text = SAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    paragraphs = [p for p in repair(text).text.split("\n") if p.strip()]
    title = "项目建设向“新”突破 改革能级持续提升"
    folder = out / fmt
    folder.mkdir(parents=True)
    makers: dict[str, Callable[[int], tuple[str, bytes]]] = {
        "txt": lambda i: (".txt", f"第{i}号\n{text}".encode()),
        "md": lambda i: (".md", (f"# {title}（{i}）\n\n" + "\n\n".join(paragraphs)).encode()),
        "gbk": lambda i: (".txt", f"第{i}号\n{text}".encode("gb18030")),
        "pdf": lambda i: (
            ".pdf",
            pdf_bytes(
                [
                    lines[k : k + PDF_LINES_PER_PAGE]
                    for k in range(0, len(lines), PDF_LINES_PER_PAGE)
                ],
                title=f"{title}（{i}）",
                author="科学导报",
            ),
        ),
        "docx": lambda i: (".docx", docx_bytes(paragraphs, title=f"{title}（{i}）")),
        "html": lambda i: (
            ".html",
            html_page(paragraphs, title=f"{title}（{i}）", h1=title, date="2024-06-01").encode(),
        ),
    }
    if fmt == "jsonl":
        records: list[dict[str, object]] = [
            {"id": f"d{i}", "title": title, "date": "2024", "text": f"第{i}号\n{text}"}
            for i in range(n)
        ]
        path = folder / "docs.jsonl"
        path.write_bytes(jsonl_bytes(records))
        return [path]
    paths = []
    for i in range(n):
        suffix, data = makers[fmt](i)
        path = folder / f"doc{i:04d}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def read_all(paths: list[Path]) -> list[SourceText]:
    docs: list[SourceText] = []
    for p in paths:
        for item in iter_sources(p, 50 * 1024 * 1024):
            if isinstance(item, InputError):
                raise item
            docs.append(item)
    return docs


def measure(fmt: str, paths: list[Path], repeat: int) -> Row:
    size = sum(p.stat().st_size for p in paths)
    read_best = full_best = float("inf")
    docs: list[SourceText] = []
    entities = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = read_all(paths)
        read_best = min(read_best, time.perf_counter() - t0)
        t0 = time.perf_counter()
        entities = 0
        for doc in read_all(paths):
            entities += len(extract(repair(doc.text)).entities)
        full_best = min(full_best, time.perf_counter() - t0)
    return Row(fmt, len(docs), size / 1024, read_best, full_best, entities)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=20, help="documents per format (default 20)")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated subset")
    args = ap.parse_args(argv)
    extract(repair("阳泉高新区与太原理工大学共建实训基地。"))  # load jieba and the gazetteers
    rows = []
    with tempfile.TemporaryDirectory(prefix="chainkg-bench-") as tmp:
        for fmt in args.formats.split(","):
            paths = build(fmt, args.n, Path(tmp))
            rows.append(measure(fmt, paths, args.repeat))
    print(
        f"sample: {SAMPLE.name} ({SAMPLE.stat().st_size / 1024:.1f} KB), "
        f"{args.n} documents per format, best of {args.repeat}\n"
    )
    head = (
        f"{'format':<7}{'docs':>6}{'input KB':>10}{'read docs/s':>13}{'read KB/s':>11}"
        f"{'+repair+extract docs/s':>24}{'KB/s':>9}{'entities/doc':>14}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r.fmt:<7}{r.docs:>6}{r.kbytes:>10.0f}{r.docs / r.read_s:>13.1f}"
            f"{r.kbytes / r.read_s:>11.0f}{r.docs / r.full_s:>24.1f}{r.kbytes / r.full_s:>9.0f}"
            f"{r.entities / max(r.docs, 1):>14.0f}"
        )


if __name__ == "__main__":
    main()
