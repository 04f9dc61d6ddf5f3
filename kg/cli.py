"""The `kg` command line: a thin layer over library functions.

Every command calls a function that is just as usable from Python; progress and
errors are rendered here, once.
"""

from __future__ import annotations

import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from .rdf.iris import DEFAULT_BASE

app = typer.Typer(
    help="Arabic news articles in; a knowledge graph (Turtle, SPARQL store, browser network) out.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
def build(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt, .jsonl, .html, TREC <DOC> .xml/.sgml, .tar.gz of those, folders "
            "(recursively), or '-' for standard input."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("output"),
    pipeline: Annotated[
        str, typer.Option(help="Pipeline name in pipelines/ or path to a pipeline .toml file.")
    ] = "default",
    base: Annotated[
        str, typer.Option(help="Base IRI for minted entity, event and article IRIs.")
    ] = DEFAULT_BASE,
    dictionary: Annotated[
        Path | None,
        typer.Option(help="User entity dictionary (CSV or Turtle): labels, aliases, type, identifiers."),
    ] = None,
    store: Annotated[bool, typer.Option(help="Load the graph into the embedded store OUT/store.")] = True,
    html: Annotated[bool, typer.Option(help="Write the interactive network OUT/graph.html.")] = True,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per processing batch.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract entities, relations and events from articles and write the graph to OUT."""
    from .build import build as run_build

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with _progress(quiet) as (bar, task):

        def tick(doc) -> None:
            bar.advance(task)

        report = run_build(
            paths,
            out,
            pipeline=pipeline,
            base=base,
            store=store,
            html=html,
            batch_size=batch_size,
            user_dictionary=dictionary,
            progress=tick,
        )
    for problem in report.errors:
        err.print(f"[red]error[/red] {problem}", highlight=False, markup=True)
    typer.echo(f"{report.documents} document(s), {report.entities} entities, {report.facts} facts")
    for name, path in report.outputs.items():
        typer.echo(f"{name:9} {path}")
    if not report.ok:
        raise typer.Exit(code=1)


def _progress(quiet: bool):
    progress = Progress(
        SpinnerColumn(),
        TextColumn("building"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
    )

    class _Ctx:
        def __enter__(self):
            progress.start()
            return progress, progress.add_task("documents", total=None)

        def __exit__(self, *exc):
            progress.stop()
            return False

    return _Ctx()


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL query text.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory holding the store.")] = Path(
        "output"
    ),
    fmt: Annotated[ResultFormat, typer.Option("--format", help="Result format.")] = ResultFormat.table,
) -> None:
    """Run a SPARQL query against the store built in OUT."""
    from .store import format_results, open_store
    from .store import query as run_query

    text = _query_text(sparql, file)
    location = out / "store"
    if not location.exists():
        _fail(f"no store at {location}: run `kg build ... --out {out}` first")
    try:
        result = run_query(open_store(location, read_only=True), text)
    except SyntaxError as exc:
        _fail(f"invalid SPARQL: {exc}")
    typer.echo(format_results(result, fmt.value))


def _query_text(sparql: str | None, file: Path | None) -> str:
    if (sparql is None) == (file is None):
        _fail("give either a query or --file")
    if file is not None:
        from .store import example_query_path

        path = file if file.exists() else example_query_path(str(file))
        if path is None or not path.exists():
            _fail(f"no such query file: {file}")
        return path.read_text(encoding="utf-8")
    return sparql or ""


@app.command()
def serve(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory holding the store.")] = Path(
        "output"
    ),
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 7878,
    timeout: Annotated[float, typer.Option(help="Query timeout in seconds.")] = 30.0,
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint on localhost."""
    from .store import serve as run_serve

    location = out / "store"
    if not location.exists():
        _fail(f"no store at {location}: run `kg build ... --out {out}` first")
    typer.echo(f"SPARQL endpoint: http://{host}:{port}/query  (Ctrl-C to stop)")
    run_serve(location, host=host, port=port, timeout_s=timeout)


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol endpoint URL of the target store.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory holding the store.")] = Path(
        "output"
    ),
    timeout: Annotated[float, typer.Option(help="HTTP timeout per request, seconds.")] = 60.0,
) -> None:
    """Push every article's named graph to an external triple store (SPARQL 1.1 Graph Store Protocol)."""
    from .store import open_store
    from .store import push as run_push

    location = out / "store"
    if not location.exists():
        _fail(f"no store at {location}: run `kg build ... --out {out}` first")
    pushed = run_push(open_store(location, read_only=True), endpoint, timeout=timeout)
    typer.echo(f"pushed {len(pushed)} named graph(s), {sum(pushed.values())} triples, to {endpoint}")


_PASS_THROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


@app.command(context_settings=_PASS_THROUGH)
def evaluate(ctx: typer.Context) -> None:
    """Score the pipeline on gold data: `kg evaluate seed`, `kg evaluate gsr --type ASSAULT`
    (options: `kg evaluate --help`)."""
    from .eval.__main__ import main as eval_main

    raise typer.Exit(code=eval_main(ctx.args))


@app.command(name="evaluate-nlp", context_settings=_PASS_THROUGH)
def evaluate_nlp(ctx: typer.Context) -> None:
    """Evaluate the shipped Arabic spaCy pipeline: segmentation, UPOS, UAS/LAS, NER, speed
    (options: `kg evaluate-nlp --help`)."""
    from .nlp.evaluate import main as nlp_main

    sys.argv = ["kg evaluate-nlp", *ctx.args]  # its main() reads sys.argv
    raise typer.Exit(code=nlp_main() or 0)


@app.command(name="evaluate-translit", context_settings=_PASS_THROUGH)
def evaluate_translit(ctx: typer.Context) -> None:
    """Measure English transliteration on held-out name pairs (options: `kg evaluate-translit --help`)."""
    from .resolve.evaluate import main as translit_main

    raise typer.Exit(code=translit_main(ctx.args) or 0)


@app.command()
def stages() -> None:
    """List the registered pipeline stages."""
    from .pipeline import registered_stages

    for name, spec in sorted(registered_stages().items()):
        typer.echo(f"{name:12} requires={list(spec.requires)} provides={list(spec.provides)}")


def _fail(message: str) -> None:
    err.print(f"[red]error[/red] {message}", highlight=False)
    raise typer.Exit(code=2)


def main() -> None:  # pragma: no cover - console entry point
    app(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
