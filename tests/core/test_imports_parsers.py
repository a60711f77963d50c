"""Import parsers and readers, without a database: amounts, dates, encodings, delimiters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import InvalidInput
from core.imports import read_file
from core.imports.parsers import (
    CellError,
    amount_separators,
    decide_date_order,
    decide_decimal,
    parse_amount,
    parse_bool,
    parse_currency,
    parse_date,
)
from core.imports.readers import read_csv, sniff_delimiter

DATA = Path(__file__).parent.parent / "data" / "imports"

amounts = st.decimals(
    min_value=Decimal("-9999999999999999.9999"),
    max_value=Decimal("9999999999999999.9999"),
    places=4,
    allow_nan=False,
    allow_infinity=False,
)


def _grouped(value: Decimal, thousands: str, decimal: str) -> str:
    """Write `value` the way an ERP might: grouped thousands, a chosen decimal separator."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = thousands.join(groups)
    return f"{sign}{text}{decimal}{fraction}" if fraction else f"{sign}{text}"


@given(amounts)
def test_amount_round_trips_exactly_and_is_never_a_float(value: Decimal) -> None:
    plain = f"{value:f}"
    for text, decimal in ((plain, "."), (plain, None), (plain.replace(".", ","), ",")):
        parsed = parse_amount(text, decimal)  # type: ignore[arg-type]  # "." "," or None
        assert type(parsed) is Decimal
        assert parsed == value
    assert parse_amount(value, None) == value
    assert type(parse_amount(value, None)) is Decimal


@given(amounts, st.sampled_from([(",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("'", ".")]))
def test_grouped_amounts_round_trip(value: Decimal, style: tuple[str, str]) -> None:
    thousands, decimal = style
    text = _grouped(value, thousands, decimal)
    parsed = parse_amount(text, decimal)  # type: ignore[arg-type]  # "." or ","
    assert type(parsed) is Decimal
    assert parsed == value


@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.decimals(), st.booleans()))
def test_amount_parser_returns_a_decimal_or_refuses(value: object) -> None:
    for decimal in (".", ",", None):
        try:
            parsed = parse_amount(value, decimal)
        except CellError:
            continue
        assert type(parsed) is Decimal
        assert parsed.is_finite()


@pytest.mark.parametrize(
    ("text", "decimal", "expected"),
    [
        ("1234.56", ".", "1234.56"),
        ("1 234,56", ",", "1234.56"),
        ("1.234,56", ",", "1234.56"),
        ("1,234.56", ".", "1234.56"),
        ("-12.50", ".", "-12.50"),
        ("12.50-", ".", "-12.50"),
        ("+7", None, "7"),
        ("1.500", ",", "1500"),
        ("1.500", ".", "1.5"),
        ("0,5", None, "0.5"),
    ],
)
def test_amount_examples(text: str, decimal: str | None, expected: str) -> None:
    assert parse_amount(text, decimal) == Decimal(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (12.5, "not floats"),
        ("1.500", "ambiguous"),
        ("1.23456", "more than 4 decimals"),
        ("12,34,5", "grouped by three"),
        ("1e5", "not an amount"),
        ("EUR 12", "not an amount"),
        ("99999999999999999", "too large"),
        (True, "boolean"),
    ],
)
def test_amount_refusals(value: object, message: str) -> None:
    with pytest.raises(CellError, match=message):
        parse_amount(value, None)


def test_decimal_separator_is_decided_by_the_file() -> None:
    assert decide_decimal(["1.500", "12,50", "3"]) == ","
    assert decide_decimal(["1.500", "12.5"]) == "."
    assert decide_decimal(["1.500", "7"]) is None
    assert amount_separators("1.234.567") == {","}


def test_dates() -> None:
    assert parse_date("2026-02-14", None) == date(2026, 2, 14)
    assert parse_date("2026-02-14 00:00:00", None) == date(2026, 2, 14)
    assert parse_date("14.02.2026", None) == date(2026, 2, 14)
    assert parse_date("14/02/2026", None) == date(2026, 2, 14)
    assert parse_date("02/14/2026", "mdy") == date(2026, 2, 14)
    assert parse_date("01/02/2026", "dmy") == date(2026, 2, 1)
    assert decide_date_order(["01/02/2026", "31/01/2026"]) == "dmy"
    assert decide_date_order(["01/02/2026", "01/31/2026"]) == "mdy"
    with pytest.raises(CellError, match="ambiguous"):
        parse_date("01/02/2026", None)
    with pytest.raises(CellError, match="four digits"):
        parse_date("01/02/26", None)
    with pytest.raises(CellError, match="not a valid date"):
        parse_date("2026-02-30", None)


def test_booleans_and_currencies() -> None:
    assert parse_bool("Yes") is True
    assert parse_bool("0") is False
    assert parse_currency("eur") == "EUR"
    with pytest.raises(CellError):
        parse_bool("maybe")
    with pytest.raises(CellError, match="ISO 4217"):
        parse_currency("DEM")  # replaced by the euro in 2002


def test_csv_encodings_and_delimiters() -> None:
    bom = read_file(DATA / "customers_bom.csv")
    assert [r.values["name"] for r in bom] == ["Müller GmbH", "Ørsted A/S"]
    assert list(bom[0].values) == ["number", "name"]  # the BOM is not part of the first name
    cp1252 = read_file(DATA / "customers_cp1252.csv")
    assert cp1252[0].values["name"] == "Société Générale € Co"
    utf16 = read_csv("number\tname\r\nU1\tÉtoile\r\n".encode("utf-16"))
    assert utf16[0].values == {"number": "U1", "name": "Étoile"}
    assert sniff_delimiter("a;b;c\n1,5;2;3\n") == ";"


def test_csv_lines_follow_the_file() -> None:
    text = 'number,name\n\nA,"two\nlines"\nB,b\n,\n'
    rows = read_csv(text.encode())
    assert [(r.line, r.values["number"]) for r in rows] == [(3, "A"), (5, "B")]


def test_csv_layout_problems_are_all_listed() -> None:
    with pytest.raises(InvalidInput) as caught:
        read_csv(b"number,name,Name\nA,b,c,d\nB,b,c,d\n")
    problems = caught.value.problems
    assert {"line": 1, "column": "Name", "message": problems[0]["message"]} in problems
    assert [p["line"] for p in problems] == [1, 2, 3]
