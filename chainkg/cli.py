"""The ``chainkg`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from chainkg import render
from chainkg.errors import ChainKGError
from chainkg.search.port import SearchResult, SuggestResult
from chainkg.services import Services, services
from chainkg.settings import get_settings

app = typer.Typer(
    help="chainkg — knowledge graph and search over China's industry chains (产业链知识图谱).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
query_app = typer.Typer(help="The three query families.", no_args_is_help=True)
app.add_typer(query_app, name="query")
import_app = typer.Typer(help="Structured lists (CSV / XLSX).", no_args_is_help=True)
app.add_typer(import_app, name="import")
chains_app = typer.Typer(help="Reference industry chains.", no_args_is_help=True)
app.add_typer(chains_app, name="chains")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
ExportOpt = Annotated[
    Path | None,
    typer.Option(
        "--export", help="Also write the answer to FILE (.csv, .xlsx, .graphml or .json)."
    ),
]
M = TypeVar("M", bound=BaseModel)

SAMPLE = "shanxi_devzones_2024.txt"


@contextmanager
def _services() -> Iterator[Services]:
    try:
        with services(get_settings()) as s:
            yield s
    except ChainKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


def _answer(model: M, as_json: bool, show: Callable[[Console, M], None]) -> None:
    if as_json:
        sys.stdout.write(model.model_dump_json(indent=2) + "\n")
    else:
        show(out, model)


def _run(
    fn: Callable[[Services], M],
    as_json: bool,
    show: Callable[[Console, M], None],
    export: Path | None = None,
) -> None:
    from chainkg.exports import export as export_answer

    with _services() as s:
        try:
            result = fn(s)
            data = export_answer(result, export.suffix.lstrip(".")) if export else b""
        except ChainKGError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
    _answer(result, as_json, show)
    if export:
        export.write_bytes(data)
        err.print(f"wrote {export}", highlight=False)


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "", style="progress.data.speed")


def _ingest(paths: list[Path], s: Services, as_json: bool, fail_fast: bool = False) -> int:
    from chainkg.ingest.pipeline import expand_paths, ingest_path, reconcile

    files = expand_paths(paths)
    if not files:
        err.print("[red]error:[/red] no supported files found in " + ", ".join(map(str, paths)))
        return 1
    fixed = reconcile(s.store, s.index)
    if fixed and not as_json:
        err.print(f"brought the search index back in step for {fixed} documents")
    results = []
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=as_json,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))
        stop = False
        tried = 0
        for f in files:
            tried += 1
            progress.update(task, description=f"ingesting {f.name}")
            for result in ingest_path(
                f,
                s.store,
                s.index,
                passage_chars=s.settings.passage_chars,
                max_bytes=s.settings.max_file_bytes,
            ):
                results.append(result)
                if not as_json and result.ok:
                    out.print(
                        f"{result.status:9} {result.source} → {result.doc_id}: {result.entities}"
                        f" entities, {result.relations} relations, {result.facts} facts",
                        highlight=False,
                    )
                if fail_fast and not result.ok:
                    stop = True
                    break
            progress.advance(task)
            if stop:
                break
    failed = [r for r in results if not r.ok]
    if any(r.status in ("ingested", "replaced") for r in results):
        _analyze(s, quiet=as_json)
    if as_json:
        rows = [r.__dict__ | {"ok": r.ok} for r in results]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 1 if failed else 0
    counts = {k: sum(r.status == k for r in results) for k in ("ingested", "replaced", "unchanged")}
    out.print(
        f"{len(results)} documents from {tried} files: {counts['ingested']} ingested, "
        f"{counts['replaced']} replaced, {counts['unchanged']} unchanged, {len(failed)} failed"
        + (f" (stopped early: {len(files) - tried} files not tried)" if tried < len(files) else "")
    )
    if failed:
        err.print(f"[red]{len(failed)} failed:[/red]")
        for r in failed:
            err.print(f"  {r.error}", highlight=False)
    return 1 if failed else 0


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report files or directories.")],
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first failure.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Ingest reports into the graph and the search index (unchanged files are skipped)."""
    with _services() as s:
        code = _ingest(paths, s, as_json, fail_fast)
    raise typer.Exit(code)


def _analyze(s: Services, quiet: bool = False) -> None:
    from chainkg.analytics import compute_centrality

    if not quiet:
        err.print("computing centrality (PageRank over partnerships and supply links)…")
    compute_centrality(s.store)


@app.command()
def analyze() -> None:
    """Recompute stored graph metrics (centrality) after changes."""
    with _services() as s:
        _analyze(s)
        out.print(f"centrality stored for {s.store.stats()['entities']} entities")


@import_app.command("enterprises")
def import_enterprises_cmd(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX: name, credit code, industry, zone…")],
    as_json: JsonOpt = False,
) -> None:
    """Import an enterprise list; bad rows are reported with line numbers, good rows imported."""
    from chainkg.ingest.pipeline import store_graph
    from chainkg.ingest.structured import import_enterprises

    with _services() as s:
        try:
            result = import_enterprises(file, s.store, s.settings.max_file_bytes)
        except ChainKGError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        status = "unchanged"
        if result.graph is not None and result.imported:
            status = store_graph(result.graph, s.store, s.index)
            if status != "unchanged":
                _analyze(s, quiet=as_json)
    summary = {
        "file": str(file), "status": status, "rows": result.rows, "imported": result.imported,
        "errors": [str(e) for e in result.errors],
    }  # fmt: skip
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    else:
        for e in result.errors:
            err.print(f"{file}:{e}", highlight=False)
        out.print(
            f"{file}: {result.imported} of {result.rows} rows imported ({status}),"
            f" {len(result.errors)} errors",
            highlight=False,
        )
    raise typer.Exit(1 if result.errors else 0)


@chains_app.command("list")
def chains_list(as_json: JsonOpt = False) -> None:
    """The reference chains in use (shipped and loaded), with their segments."""
    from chainkg.services import load_chains

    catalog = load_chains(get_settings())
    if as_json:
        rows = [c.model_dump(mode="json") for c in catalog]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    for c in catalog:
        out.print(f"[bold]{c.name}[/bold] ({c.source})", highlight=False)
        out.print("  " + " → ".join(s.name for s in c.ordered_segments), highlight=False)


@chains_app.command("load")
def chains_load(
    file: Annotated[Path, typer.Argument(help="A YAML chain file (see data/chains/README.md).")],
) -> None:
    """Validate a chain file and use it from now on (errors name file, line and field)."""
    import shutil

    from chainkg.chains import ChainFileError, get_catalog, load_chain_file

    settings = get_settings()
    try:
        chains = load_chain_file(file)
        folder = settings.data_dir / "chains"
        others = (
            sorted(f for f in folder.glob("*.yaml") if f.name != file.name)
            if folder.is_dir()
            else []
        )
        get_catalog().with_files(*others, file)  # clashes with chains already loaded
    except ChainFileError as exc:
        for problem in exc.problems:
            err.print(str(problem), highlight=False, markup=False)
        raise typer.Exit(1) from None
    except ChainKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, folder / file.name)
    names = "、".join(c.name for c in chains)
    out.print(f"loaded {len(chains)} chains from {file}: {names}", highlight=False)


@app.command()
def documents(as_json: JsonOpt = False) -> None:
    """List the stored documents."""
    with _services() as s:
        docs = s.store.documents()
    if as_json:
        sys.stdout.write(json.dumps([d.model_dump() for d in docs], ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
        return
    for d in docs:
        out.print(f"[bold]{d.id}[/bold] {d.title}", highlight=False)
        out.print(
            f"  {d.source} · {d.chars} chars · {d.passages} passages · {d.ingested_at}",
            style="dim",
            highlight=False,
        )
    out.print(f"{len(docs)} documents")


@app.command()
def delete(
    docs: Annotated[list[str], typer.Argument(help="Document ids or the sources they came from.")],
) -> None:
    """Remove documents, their evidence, and the entities left without support."""
    from chainkg.ingest.pipeline import delete_document

    missing = 0
    with _services() as s:
        for ref in docs:
            doc = s.store.document_by_source(ref) or s.store.document_by_source(
                str(Path(ref).resolve())
            )
            doc_id = doc.id if doc else ref
            if delete_document(s.store, s.index, doc_id):
                out.print(f"deleted {doc_id}", highlight=False)
            else:
                missing += 1
                err.print(f"[red]error:[/red] no document {ref!r}", highlight=False)
    raise typer.Exit(1 if missing else 0)


@app.command()
def reindex() -> None:
    """Rebuild the search index from the graph store (entities, then annotated passages)."""
    from chainkg.search.annotate import annotate

    with _services() as s:
        try:
            s.index.clear()
            s.index.index_entities(s.store.entities())
            docs = s.store.documents()
            with Progress(console=err, transient=True) as progress:
                for d in progress.track(docs, description="reindexing"):
                    s.index.index_passages(annotate(s.store, d.id, info=d))
        except ChainKGError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(1) from None
        out.print(f"reindexed {len(docs)} documents")


@app.command()
def demo() -> None:
    """Ingest the bundled sample report and answer a sample query of each family."""
    from chainkg.queries.chain import chain_extension
    from chainkg.queries.consortium import consortium

    sample = Path(str(resources.files("chainkg.data").joinpath("samples", SAMPLE)))
    with _services() as s:
        code = _ingest([sample], s, as_json=False)
        if code:
            raise typer.Exit(code)
        out.rule("chainkg query consortium 运城市经济开发区")
        render.render_consortium(out, consortium(s.store, "运城市经济开发区"))
        out.rule("chainkg query chain 忻州经济开发区")
        render.render_chain(out, chain_extension(s.store, s.chains, "忻州经济开发区"))
        out.rule("next")
        out.print("try: chainkg search 产教融合 · chainkg entity 阳泉高新区 · chainkg serve")


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A UTF-8 text file.")]) -> None:
    """Print the entities and relations of one file as JSON (the extraction contract)."""
    from chainkg.ingest.readers import decode_text
    from chainkg.nlp.contract import to_contract
    from chainkg.nlp.extractor import extract_text

    try:
        text = decode_text(file.read_bytes(), str(file))
    except OSError as exc:
        err.print(f"[red]error:[/red] {file}: cannot read: {exc.strerror}", highlight=False)
        raise typer.Exit(1) from None
    except ChainKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    sys.stdout.write(json.dumps(to_contract(extract_text(text)), ensure_ascii=False, indent=1))
    sys.stdout.write("\n")


@app.command("eval")
def evaluate_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of gold *.json files.")],
    as_json: JsonOpt = False,
) -> None:
    """Score the extractor on gold files: P/R/F1 per type and micro-averaged."""
    from chainkg.nlp.evaluate import evaluate, format_report

    try:
        report = evaluate(gold_dir)
    except ChainKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")


@query_app.command("chain")
def query_chain(
    zone: Annotated[str | None, typer.Argument(help="Zone name, e.g. 忻州经济开发区.")] = None,
    industry: Annotated[
        str | None, typer.Option(help="One focus industry, or an industry alone (no zone).")
    ] = None,
    depth: Annotated[int, typer.Option(min=1, max=5, help="Links around covered segments.")] = 1,
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """延链补链强链: chain segments with the zone's coverage, gaps, extensions and targets."""
    from chainkg.queries.chain import chain_extension

    _run(lambda s: chain_extension(s.store, s.chains, zone, industry, depth), as_json,
         render.render_chain, export)  # fmt: skip


@query_app.command("consortium")
def query_consortium(
    name: Annotated[str, typer.Argument(help="Zone, consortium or university name.")],
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """产教联合体: members by type and stated counts; for a university, the zones it serves."""
    from chainkg.queries.consortium import consortium

    _run(lambda s: consortium(s.store, name), as_json, render.render_consortium, export)


@query_app.command("leaders")
def query_leaders(
    industry: Annotated[str, typer.Argument(help="Industry, e.g. 铝镁.")],
    zone: Annotated[str | None, typer.Option(help="Partners not yet in this zone.")] = None,
    province: Annotated[str | None, typer.Option(help="Only leaders in this province.")] = None,
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """链主招商: chain leaders of an industry and the partners they could bring."""
    from chainkg.queries.leaders import chain_leaders

    _run(
        lambda s: chain_leaders(s.store, s.chains, industry, zone, province),
        as_json,
        render.render_leaders,
        export,
    )


@query_app.command("path")
def query_path(
    source: Annotated[str, typer.Argument(help="From this entity.")],
    target: Annotated[str, typer.Argument(help="To this entity.")],
    max_hops: Annotated[int, typer.Option(min=1, max=6)] = 4,
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """Shortest path between two entities, with the evidence of every hop."""
    from chainkg.queries.paths import shortest_path

    _run(lambda s: shortest_path(s.store, source, target, max_hops), as_json, render.render_path,
         export)  # fmt: skip


@query_app.command("neighbourhood")
def query_neighbourhood(
    name: Annotated[str, typer.Argument(help="Centre entity.")],
    hops: Annotated[int, typer.Option(min=1, max=3)] = 1,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 100,
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """Entities within k relations of an entity (with limits), and the relations among them."""
    from chainkg.queries.paths import neighbourhood

    _run(lambda s: neighbourhood(s.store, name, hops, limit), as_json, render.render_neighbourhood,
         export)  # fmt: skip


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words, a name, an alias or pinyin to search for.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    offset: Annotated[int, typer.Option(min=0, max=10_000)] = 0,
    type_: Annotated[
        list[str] | None, typer.Option("--type", help="Passages naming this entity type.")
    ] = None,
    zone: Annotated[list[str] | None, typer.Option(help="Passages naming this zone.")] = None,
    industry: Annotated[
        list[str] | None, typer.Option(help="Passages naming this industry.")
    ] = None,
    doc: Annotated[list[str] | None, typer.Option(help="Only this document id.")] = None,
    facets: Annotated[
        bool, typer.Option("--facets", help="Count matches per type, zone, industry, document.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over passages and entities (BM25 + phrase/name boosts, highlighted).

    Repeat a filter option for any of several values (--zone A --zone B)."""
    from chainkg.search.port import SearchFilters

    filters = SearchFilters(
        types=type_ or [], zones=zone or [], industries=industry or [], documents=doc or []
    )

    def show(console: Console, r: SearchResult) -> None:
        if r.expansions:
            console.print("read as: " + " / ".join(r.expansions), highlight=False)
        if r.relaxed:
            console.print("no passage has every word; showing passages with some", style="dim")
        render.render_search(console, r)
        for name, buckets in r.facets.items():
            if buckets:
                shown = ", ".join(f"{b.label or b.value} ({b.count})" for b in buckets)
                console.print(f"{name}: {shown}", highlight=False)

    def ask(s: Services) -> SearchResult:
        r = s.index.search(text, limit, offset, filters, facets)
        if not r.total and not s.index.document_ids() and s.store.documents():
            err.print(
                "the search index is empty while the graph holds documents (a new index format,"
                " or an interrupted run): `chainkg reindex` rebuilds it",
                style="yellow",
                highlight=False,
            )
        return r

    _run(ask, as_json, show)


@app.command()
def suggest(
    prefix: Annotated[str, typer.Argument(help="Start of a name, alias, short form or pinyin.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    type_: Annotated[
        list[str] | None, typer.Option("--type", help="Only entities of this type.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Autocomplete entity names: 阳泉 → 阳泉高新区; pinyin yangquan or initials yqgxq too."""

    def show(console: Console, r: SuggestResult) -> None:
        if not r.suggestions:
            console.print(f"no entity starts with “{r.prefix}”", highlight=False)
        for sg in r.suggestions:
            via = "" if sg.kind == "name" else f"  ({sg.kind}: {sg.matched})"
            console.print(f"{sg.name} [{sg.type}]{via}", highlight=False, markup=False)

    _run(lambda s: s.index.suggest(prefix, limit, type_ or []), as_json, show)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Entity name, alias or id.")],
    as_json: JsonOpt = False,
    export: ExportOpt = None,
) -> None:
    """An entity's profile: aliases, relations and facts, each with its sentence."""
    from chainkg.queries.profile import entity_profile

    _run(lambda s: entity_profile(s.store, name), as_json, render.render_profile, export)


@app.command()
def serve(
    host: Annotated[str, typer.Option()] = "127.0.0.1",
    port: Annotated[int, typer.Option()] = 8000,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    uvicorn.run("chainkg.api.app:create_app", factory=True, host=host, port=port)


if __name__ == "__main__":  # pragma: no cover
    app()
