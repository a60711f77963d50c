"""Read a CSV or .xlsx file into rows that keep their line numbers.

CSV: the encoding is UTF-8 (with or without a byte-order mark), UTF-16 when it starts with
one of its byte-order marks (Excel's "Unicode text"), else Windows-1252 (older Excel on
Windows); the delimiter is whichever of `,` `;` or tab the header line uses most. A row's line
is the physical line it starts on (a quoted cell may span lines). .xlsx: the first worksheet,
read-only; a row's line is its Excel row number. In both, the first non-empty row is the header,
and rows with every cell empty are skipped.

Problems that prevent reading rows at all (an undecodable file, two columns of one name, a row
with more cells than the header) raise InvalidInput listing each of them.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from core.errors import InvalidInput
from core.imports.model import Problem, SourceRow

DELIMITERS = (",", ";", "\t")


def read_file(path: Path) -> list[SourceRow]:
    """Rows of a .csv or .xlsx file, by extension; the header row names the columns."""
    suffix = path.suffix.lower()
    if suffix == ".csv" or suffix == ".txt" or suffix == ".tsv":
        return read_csv(path.read_bytes())
    if suffix == ".xlsx":
        return read_xlsx(path)
    raise InvalidInput(
        f"{path.name}: unsupported file type {suffix or '(none)'!r}; use .csv or .xlsx",
        problems=[{"line": 0, "column": None, "message": "use a .csv or .xlsx file"}],
    )


def decode(data: bytes) -> str:
    """The text of a CSV file, by byte-order mark, else UTF-8, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    reason = ""
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            reason = str(exc)
    raise InvalidInput(
        "the file is neither UTF-8 nor Windows-1252 text",
        problems=[{"line": 0, "column": None, "message": f"cannot decode the file: {reason}"}],
    )


def sniff_delimiter(text: str) -> str:
    """The delimiter the header line uses most (a comma when it uses none)."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes) -> list[SourceRow]:
    """Rows of a CSV file's bytes."""
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    return _rows(_with_lines(reader))


def _with_lines(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str | None]]]:
    # csv.reader.line_num is the physical line a record ends on; a record starts after the last.
    ended = 0
    for record in reader:
        start = ended + 1
        ended = reader.line_num  # type: ignore[attr-defined]  # csv readers have line_num
        yield start, [cell if cell != "" else None for cell in record]


def read_xlsx(path: Path) -> list[SourceRow]:
    """Rows of the first worksheet of an .xlsx file."""
    # Imported here: openpyxl is slow to import and only .xlsx files need it.
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(
            f"{path.name} is not a readable .xlsx file",
            problems=[{"line": 0, "column": None, "message": f"cannot open the workbook: {exc}"}],
        ) from None
    try:
        sheet = book.worksheets[0]
        lines = (
            (number, [_xlsx_cell(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        return _rows(lines)
    finally:
        book.close()


def _xlsx_cell(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # Excel keeps 15 significant digits; printing at that precision gives back what the
        # sheet shows (0.1 + 0.2 is 0.3 there), and Decimal keeps it exact from here on.
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(Decimal(f"{value:.15g}"), "f")
    text = str(value)
    return text if text.strip() else None


def _rows(lines: Iterable[tuple[int, list[str | None]]]) -> list[SourceRow]:
    header: list[str] | None = None
    header_line = 0
    rows: list[SourceRow] = []
    problems: list[Problem] = []
    for line, cells in lines:
        if all(cell is None or not cell.strip() for cell in cells):
            continue
        if header is None:
            header, header_line = _header(line, cells, problems), line
            continue
        extra = [c for c in cells[len(header) :] if c is not None and c.strip()]
        if extra:
            problems.append(
                Problem(line, None, f"{len(cells)} cells, but the header has {len(header)}")
            )
            continue
        values = {name: cells[i] if i < len(cells) else None for i, name in enumerate(header)}
        rows.append(SourceRow(line, values))
    if problems:
        raise InvalidInput(
            f"{len(problems)} problem(s) in the file's layout (header on line {header_line})",
            problems=[p.as_dict() for p in problems],
        )
    return rows


def _header(line: int, cells: list[str | None], problems: list[Problem]) -> list[str]:
    # Trailing empty header cells (an Excel habit) are dropped; a blank name inside is a problem.
    while cells and (cells[-1] is None or not cells[-1].strip()):
        cells = cells[:-1]
    names = [(cell or "").strip() for cell in cells]
    seen: dict[str, int] = {}
    for index, name in enumerate(names):
        if not name:
            problems.append(Problem(line, None, f"column {index + 1} of the header has no name"))
            continue
        folded = name.lower()
        if folded in seen:
            problems.append(
                Problem(
                    line,
                    name,
                    f"column {name!r} appears twice (columns {seen[folded]} and {index + 1})",
                )
            )
        seen.setdefault(folded, index + 1)
    return names
