"""Bulk upserts from the ERP: the same all-or-nothing import as `relance import`, over HTTP."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
from litestar import Controller, Request, post
from litestar.params import FromPath

from api.deps import PoolDep, PrincipalDep
from api.guards import admin_only
from core.errors import InvalidInput, NotFound
from core.imports import ImportReport, Kind, SourceRow, import_rows, read_file
from core.imports.readers import read_csv

KINDS: tuple[Kind, ...] = ("customers", "contacts", "documents", "payments")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# An ERP export of a few hundred thousand rows fits; a runaway upload does not.
MAX_BODY_BYTES = 64 * 1024 * 1024
# JSON numbers are decoded as exact decimals, never through a binary float.
_JSON_ROWS = msgspec.json.Decoder(list[dict[str, Any]], float_hook=Decimal)


def rows_from_body(content_type: str, body: bytes) -> list[SourceRow]:
    """Rows of a JSON array, a CSV file or an .xlsx workbook; line = 1-based position for JSON."""
    if content_type == "application/json":
        try:
            objects = _JSON_ROWS.decode(body)
        except msgspec.DecodeError as exc:
            raise InvalidInput(
                "the body must be a JSON array of objects",
                problems=[{"line": 0, "column": None, "message": str(exc)}],
            ) from exc
        return [SourceRow(index + 1, values) for index, values in enumerate(objects)]
    if content_type in ("text/csv", "text/plain"):
        return read_csv(body)
    if content_type == XLSX:
        with tempfile.NamedTemporaryFile(suffix=".xlsx") as handle:
            handle.write(body)
            handle.flush()
            return read_file(Path(handle.name))
    raise InvalidInput(
        f"unsupported content type {content_type!r}",
        problems=[
            {"line": 0, "column": None, "message": f"send application/json, text/csv or {XLSX}"}
        ],
    )


class ImportController(Controller):
    """/v1/imports/{kind}: upsert by external reference; every bad row reported, none written."""

    path = "/imports"
    tags = ("imports",)
    guards = [admin_only]  # noqa: RUF012  # Litestar reads guards from the class attribute

    @post(
        "/{kind:str}",
        summary="Bulk upsert customers, contacts, documents or payments",
        description="Body: a JSON array of objects (same keys as the CSV columns), a CSV file "
        "(`text/csv`) or an .xlsx workbook. All or nothing: on any bad row the answer is 422 "
        "with every problem (`line`, `column`, `message`) and nothing is imported. Importing "
        "the same data twice changes nothing.",
        status_code=200,
        request_max_body_size=MAX_BODY_BYTES,
    )
    async def bulk(
        self,
        kind: FromPath[str],
        request: Request[Any, Any, Any],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> ImportReport:
        """Validate every row, then upsert them in one transaction."""
        if kind not in KINDS:
            raise NotFound(f"no import of {kind!r}: use one of {', '.join(KINDS)}")
        rows = rows_from_body(request.content_type[0], await request.body())
        return await import_rows(pool, principal.tenant_id, kind, rows)
