"""`relance maia`: parse one reply, or score MAIA on a labelled directory."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from core.settings import Settings
from worker.maia.evaluate import Report, load_labels, score
from worker.maia.output import result_to_dict
from worker.maia.parse import aparse
from worker.maia.types import KnownDocument, MaiaResult, mail_input_from_bytes

app = typer.Typer(help="MAIA, the reply reader: parse a reply or evaluate on a labelled set.")

EngineOpt = Annotated[
    str,
    typer.Option("--engine", help="rules (offline, default) or claude (needs ANTHROPIC_API_KEY)"),
]


def _known_documents(path: Path | None) -> list[KnownDocument] | None:
    if path is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return [KnownDocument(number=s.strip(), document_id=s.strip()) for s in lines if s.strip()]


def _engine(value: str) -> Literal["rules", "claude"]:
    if value not in ("rules", "claude"):
        raise typer.BadParameter("engine must be rules or claude")
    return "claude" if value == "claude" else "rules"


async def _parse_bytes(
    raw: bytes, docs: list[KnownDocument] | None, engine: Literal["rules", "claude"]
) -> MaiaResult:
    mail = mail_input_from_bytes(raw)
    if engine == "rules":
        return await aparse(mail, docs)
    from worker.maia.claude_engine import ClaudeConfig

    # The key and model come from the one settings object; the SDK itself reads
    # ANTHROPIC_BASE_URL when no base_url is given.
    settings = Settings.from_env()
    config = ClaudeConfig(api_key=settings.anthropic_api_key, model=settings.anthropic_model)
    return await aparse(mail, docs, engine="claude", claude=config)


@app.command("parse")
def parse_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="an .eml file")],
    documents: Annotated[
        Path | None,
        typer.Option(
            "--documents", exists=True, dir_okay=False, help="document numbers, one a line"
        ),
    ] = None,
    engine: EngineOpt = "rules",
) -> None:
    """Print one JSON object: intents, promise_date, amount, currency, documents, reply_text ..."""
    result = asyncio.run(
        _parse_bytes(file.read_bytes(), _known_documents(documents), _engine(engine))
    )
    typer.echo(json.dumps(result_to_dict(result), ensure_ascii=False, indent=2))


async def _run_all(
    directory: Path, labels: list[dict[str, Any]], engine: Literal["rules", "claude"], show: bool
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    sem = asyncio.Semaphore(4)

    async def one(label: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        async with sem:
            raw = (directory / str(label["file"])).read_bytes()
            return label, result_to_dict(await _parse_bytes(raw, None, engine))

    if not show:
        return list(await asyncio.gather(*(one(x) for x in labels)))
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("parsing", total=len(labels))
        for coro in asyncio.as_completed([one(x) for x in labels]):
            pairs.append(await coro)
            progress.advance(task)
    return pairs


def _print_report(report: Report) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    cols = ["n", "intents", "date", "amount", "doc F1", "text sim", "auto", "lang"]
    table = Table(title="MAIA evaluation")
    table.add_column("slice")
    for c in cols:
        table.add_column(c, justify="right")
    rows = [("all", report.overall), *report.by_language.items()]
    for name, s in rows:
        table.add_row(
            name,
            str(s.n),
            *(
                f"{v:.3f}"
                for v in (
                    s.intent_exact,
                    s.promise_date,
                    s.amount,
                    s.document_f1,
                    s.reply_text_similarity,
                    s.auto_submitted,
                    s.language,
                )
            ),
        )
    console.print(table)
    intents = Table(title="Intents")
    for c in ("intent", "support", "precision", "recall"):
        intents.add_column(c, justify="right" if c != "intent" else "left")
    for i in report.by_intent:
        intents.add_row(i.intent, str(i.support), f"{i.precision:.3f}", f"{i.recall:.3f}")
    console.print(intents)


@app.command("eval")
def eval_cmd(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="labelled set")],
    engine: EngineOpt = "rules",
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Per-language and per-intent scores against DIR/labels.json (or DIR/parts/*.json)."""
    labels = load_labels(directory)
    if not labels:
        typer.echo(f"no labels in {directory}", err=True)
        raise typer.Exit(2)
    show = sys.stderr.isatty() and not as_json
    pairs = asyncio.run(_run_all(directory, labels, _engine(engine), show))
    report = score(pairs)
    if as_json:
        import msgspec

        typer.echo(msgspec.json.encode(report).decode())
    else:
        _print_report(report)
