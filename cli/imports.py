"""The body of `relance import --tenant SLUG KIND FILE`.

Output contract: stdout carries exactly one JSON line (the report) on success and nothing else,
so scripts can read it; problems go to stderr as `line N, column C: message`. In a terminal a
progress bar (validation, then writing) is drawn on the console; otherwise progress is a few
plain lines on stderr. Exit codes: 0 imported, 1 the file has problems (nothing imported),
2 the import could not run (unknown tenant, database unreachable).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import asyncpg
import msgspec
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from core.accounts import tenant_id_for
from core.db import Pool, create_pool
from core.errors import InvalidInput, NotFound
from core.ids import TenantId
from core.imports import ImportReport, Kind, SourceRow, import_rows, read_file
from core.settings import Settings

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_FAILED = 2


def format_problem(problem: dict[str, object]) -> str:
    """One problem as the command prints it."""
    column = problem.get("column")
    where = f"line {problem.get('line')}" + (f", column {column}" if column else "")
    return f"{where}: {problem.get('message')}"


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


async def run_import(
    settings: Settings, tenant_slug: str, kind: Kind, path: Path, *, console: Console
) -> int:
    """Import one file for one tenant; print the report or every problem; return the exit code."""
    try:
        rows = read_file(path)
    except InvalidInput as exc:
        return _problems(exc)
    except OSError as exc:
        _err(f"cannot read {path}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    try:
        pool = await create_pool(settings.app_dsn, size=2, timeout=settings.db_timeout)
    except (OSError, asyncpg.PostgresError) as exc:
        _err(f"cannot connect to PostgreSQL: {exc}")
        return EXIT_FAILED
    try:
        tenant_id = await tenant_id_for(pool, tenant_slug)
        if console.is_terminal:
            report = await _with_bar(pool, tenant_id, kind, rows, console)
        else:
            report = await _with_lines(pool, tenant_id, kind, rows)
    except InvalidInput as exc:
        return _problems(exc)
    except NotFound as exc:
        _err(str(exc))
        return EXIT_FAILED
    except (OSError, asyncpg.PostgresError) as exc:
        _err(f"import failed, nothing was imported: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    finally:
        await pool.close()
    console.file.write(msgspec.json.encode(report).decode() + "\n")
    console.file.flush()
    return EXIT_OK


def _problems(exc: InvalidInput) -> int:
    for problem in exc.problems:
        _err(format_problem(problem))
    _err(str(exc))
    return EXIT_PROBLEMS


async def _with_bar(
    pool: Pool, tenant_id: TenantId, kind: Kind, rows: list[SourceRow], console: Console
) -> ImportReport:
    """Import under a rich progress bar: one task for validation, one for writing."""
    total = len(rows)
    columns = (
        TextColumn("{task.description:<12}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as bar:
        checking = bar.add_task("validating", total=total)
        writing = bar.add_task("writing", total=total)

        def progress(done: int) -> None:
            # Called from the validation thread, then from the event loop; Progress locks.
            bar.update(checking, completed=min(done, total))
            bar.update(writing, completed=max(done - total, 0))

        return await import_rows(pool, tenant_id, kind, rows, progress=progress)


async def _with_lines(
    pool: Pool, tenant_id: TenantId, kind: Kind, rows: list[SourceRow]
) -> ImportReport:
    """Import with a plain line on stderr when each phase starts and ends."""
    total = len(rows)
    started = time.monotonic()
    phase = ["validating"]
    _err(f"validating {total} {kind} rows")

    def progress(done: int) -> None:
        if phase[0] == "validating" and done >= total:
            phase[0] = "writing"
            _err(f"validated {total} rows in {time.monotonic() - started:.1f}s; writing")

    report = await import_rows(pool, tenant_id, kind, rows, progress=progress)
    _err(f"done in {time.monotonic() - started:.1f}s")
    return report
