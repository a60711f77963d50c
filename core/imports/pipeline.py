"""import_rows: validate every row, then upsert them all in one transaction, or none."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from core.db import Pool, unit_of_work
from core.errors import InvalidInput
from core.ids import TenantId
from core.imports import upsert
from core.imports.model import ImportReport, Kind, Problem, SourceRow
from core.imports.validate import validate


async def import_rows(
    pool: Pool,
    tenant_id: TenantId,
    kind: Kind,
    rows: Sequence[SourceRow],
    *,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Upsert `rows` of `kind` for the tenant; InvalidInput lists every problem, importing none.

    `progress`, when given, is called with the work done so far out of `2 * len(rows)` steps:
    each row is validated (the first `len(rows)`), then written (the second). Validation runs
    in a worker thread, so `progress` may be called from that thread.
    """
    total = len(rows)
    validated = await asyncio.to_thread(validate, kind, rows, progress)
    async with unit_of_work(pool, tenant_id) as conn:
        await upsert.prepare(conn)
        refs = await upsert.resolve(conn, validated)
        problems = validated.problems + refs.problems
        if problems:
            raise InvalidInput(_summary(kind, problems), problems=_listed(problems))
        on_copied = None if progress is None else (lambda n: progress(total + n))
        inserted, updated = await upsert.write(conn, validated, refs, on_copied)
    if progress is not None:
        progress(2 * total)
    return ImportReport(
        kind=kind,
        rows=total,
        inserted=inserted,
        updated=updated,
        unchanged=total - inserted - updated,
    )


def _summary(kind: Kind, problems: list[Problem]) -> str:
    lines = len({p.line for p in problems})
    return (
        f"{len(problems)} problem(s) on {lines} line(s) of the {kind} import; nothing was imported"
    )


def _listed(problems: list[Problem]) -> list[dict[str, object]]:
    # File order: by line, then as found (columns in file order within a line).
    ordered = sorted(enumerate(problems), key=lambda ip: (ip[1].line, ip[0]))
    return [p.as_dict() for _, p in ordered]
