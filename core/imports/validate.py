"""Turn source rows into typed rows, collecting every problem of every row and column.

This is the pure-Python half of an import: no database. References to rows in the database
(a customer number, a collector's email, a document) are checked by `upsert.py` afterwards,
and their problems join these.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from core.imports.columns import CUSTOM_KEY, CUSTOM_PREFIX, SPECS, Column, Spec, normalise_name
from core.imports.model import Kind, Problem, SourceRow
from core.imports.parsers import (
    CellError,
    DateOrder,
    DecimalSeparator,
    decide_date_order,
    decide_decimal,
    parse_amount,
    parse_bool,
    parse_currency,
    parse_date,
    parse_document_kind,
    parse_email,
    parse_language,
    parse_text,
    parse_url,
)

# Progress is reported every this many rows.
PROGRESS_EVERY = 1000


class TypedRow(NamedTuple):
    """A row's typed values; a cell with a problem is None and `ok` is False."""

    line: int
    # Every column of the spec that the file has: its typed value, None for an empty cell.
    values: dict[str, object]
    # custom.<key> columns with a value (empty ones are in neither).
    custom: dict[str, object]
    ok: bool


class Validated(NamedTuple):
    """The typed rows of a file, which columns it has, and everything wrong with it."""

    spec: Spec
    present: frozenset[str]
    custom_keys: tuple[str, ...]
    rows: list[TypedRow]
    problems: list[Problem]


def validate(
    kind: Kind, rows: Sequence[SourceRow], progress: Callable[[int], None] | None = None
) -> Validated:
    """Check every cell of every row against the columns of `kind`."""
    spec = SPECS[kind]
    problems: list[Problem] = []
    columns, custom = _columns(spec, rows, problems)
    decimal = decide_decimal(_strings(rows, columns, "amount"))
    order = decide_date_order(_strings(rows, columns, "date"))
    checks = [
        (raw, column.name, column.required, _parser(column, decimal, order))
        for raw, column in columns.items()
    ]
    typed: list[TypedRow] = []
    seen: dict[object, int] = {}
    for index, row in enumerate(rows, start=1):
        values: dict[str, object] = {}
        ok = True
        cells = row.values
        for raw, name, required, parse in checks:
            cell = cells.get(raw)
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                values[name] = None
                if required:
                    problems.append(Problem(row.line, name, "is required"))
                    ok = False
                continue
            try:
                values[name] = parse(cell)
            except CellError as exc:
                problems.append(Problem(row.line, name, str(exc)))
                values[name] = None
                ok = False
        custom_values = _custom(row, custom, problems)
        if custom_values is None:
            ok = False
        key = values.get(spec.key)
        if key is not None:
            if key in seen:
                problems.append(
                    Problem(row.line, spec.key, f"{key!r} already appears on line {seen[key]}")
                )
                ok = False
            else:
                seen[key] = row.line
        # Rows with problems are kept: their references are still checked, so that every
        # problem of the file is reported at once.
        typed.append(TypedRow(row.line, values, custom_values or {}, ok))
        if progress is not None and index % PROGRESS_EVERY == 0:
            progress(index)
    if progress is not None:
        progress(len(rows))
    return Validated(
        spec=spec,
        present=frozenset(c.name for c in columns.values()),
        custom_keys=tuple(sorted(custom.values())),
        rows=typed,
        problems=problems,
    )


def _columns(
    spec: Spec, rows: Sequence[SourceRow], problems: list[Problem]
) -> tuple[dict[str, Column], dict[str, str]]:
    """Map the file's column names to the spec's columns and to custom keys."""
    if not rows:
        return {}, {}
    header_line = max(rows[0].line - 1, 1)
    first_seen: dict[str, int] = {}
    for row in rows:
        for raw in row.values:
            first_seen.setdefault(raw, row.line)
    known: dict[str, Column] = {}
    custom: dict[str, str] = {}
    claimed: dict[str, str] = {}
    accepted = [c.name for c in spec.columns]
    for raw, line in first_seen.items():
        where = header_line if line == rows[0].line else line
        name = normalise_name(raw)
        if name in claimed:
            problems.append(Problem(where, raw, f"same column as {claimed[name]!r}"))
            continue
        claimed[name] = raw
        if name.startswith(CUSTOM_PREFIX):
            key = name[len(CUSTOM_PREFIX) :]
            if not spec.custom_fields:
                problems.append(Problem(where, raw, f"{spec.kind} have no custom fields"))
            elif not CUSTOM_KEY.match(key):
                problems.append(
                    Problem(
                        where,
                        raw,
                        "a custom field key is a lower-case letter followed by up to 62 "
                        "lower-case letters, digits or underscores",
                    )
                )
            else:
                custom[raw] = key
            continue
        column = spec.column(name)
        if column is None:
            close = difflib.get_close_matches(name, accepted, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                Problem(
                    where,
                    raw,
                    f"unknown column for {spec.kind}{hint} (accepted: "
                    f"{', '.join(accepted)}{', custom.<key>' if spec.custom_fields else ''})",
                )
            )
            continue
        known[raw] = column
    names = {c.name for c in known.values()}
    for column in spec.columns:
        if column.required and column.name not in names:
            problems.append(Problem(header_line, column.name, "required column is missing"))
    return known, custom


def _strings(rows: Sequence[SourceRow], columns: dict[str, Column], type_: str) -> list[str]:
    raws = [raw for raw, column in columns.items() if column.type == type_]
    return [v for row in rows for raw in raws if isinstance(v := row.values.get(raw), str)]


def _parser(
    column: Column, decimal: DecimalSeparator | None, order: DateOrder | None
) -> Callable[[object], object]:
    match column.type:
        case "text":
            return partial(parse_text, max_length=column.max_length)
        case "amount":
            return partial(parse_amount, decimal=decimal)
        case "date":
            return partial(parse_date, order=order)
        case "bool":
            return parse_bool
        case "currency":
            return parse_currency
        case "email":
            return parse_email
        case "language":
            return parse_language
        case "url":
            return parse_url
        case "document_kind":
            return parse_document_kind


def _custom(
    row: SourceRow, custom: dict[str, str], problems: list[Problem]
) -> dict[str, object] | None:
    """The custom field values of a row; None when one of them is a problem."""
    values: dict[str, object] = {}
    ok = True
    for raw, key in custom.items():
        cell = row.values.get(raw)
        if cell is None:
            continue
        if isinstance(cell, str):
            text = cell.strip()
            if "\x00" in text:
                problems.append(Problem(row.line, raw, "contains a NUL character"))
                ok = False
            elif text:
                values[key] = text
        elif isinstance(cell, bool | int):
            values[key] = cell
        elif isinstance(cell, Decimal):
            values[key] = str(cell)
        elif isinstance(cell, date):
            values[key] = cell.isoformat()
        else:
            problems.append(
                Problem(
                    row.line,
                    raw,
                    f"a custom field holds text, a whole number or a "
                    f"boolean, not {type(cell).__name__}",
                )
            )
            ok = False
    return values if ok else None
