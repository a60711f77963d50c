"""The shapes an import passes through: source rows in, problems and a report out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple, TypeAlias

import msgspec

Kind = Literal["customers", "contacts", "documents", "payments"]
KINDS: tuple[Kind, ...] = ("customers", "contacts", "documents", "payments")

# A cell as a reader or an API body gives it. Files give only str and None; a JSON body may give
# typed scalars. float is listed so it can be refused with a clear message (it is never exact).
Cell: TypeAlias = str | int | float | Decimal | bool | date | None


class SourceRow(NamedTuple):
    """One row of input: its line in the file (1-based position in a JSON array) and its cells."""

    line: int
    values: Mapping[str, Cell]


class Problem(NamedTuple):
    """One thing wrong with the input; `column` is None for a whole-row or whole-file problem."""

    line: int
    column: str | None
    message: str

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "column": self.column, "message": self.message}


class ImportReport(msgspec.Struct, frozen=True, kw_only=True):
    """What an import did: rows read; how many were inserted, updated or left as they were."""

    kind: str
    rows: int
    inserted: int
    updated: int
    unchanged: int
