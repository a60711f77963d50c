"""Parsers for the cell types of an import: exact amounts, dates, booleans, currencies, emails.

Each parser takes one cell and returns the typed value or raises `CellError` with a message
for the person who wrote the file. Two conventions are decided once per file, not per cell,
because a single cell cannot tell them apart:

- the decimal separator of amounts (`1.500` is 1.5 or 1500): `decide_decimal` looks at every
  amount of the file; a cell that settles it (`12,50`, `1.234,56`, `1,234.56`, `1234.5`) decides,
  a file mixing both conventions is refused, and a file where no cell settles it refuses only
  the cells that stay ambiguous (`1.500`), asking for `1500` or `1500.00`;
- the order of slashed dates (`01/02/2026`): `decide_date_order` does the same with cells whose
  first number is above 12 (day first) or second number is above 12 (month first).

Amounts are never floats: a float cell (only an API body can carry one) is refused, since a
binary float cannot say which decimal the sender meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Literal

from babel.core import get_global

DecimalSeparator = Literal[".", ","]
DateOrder = Literal["dmy", "mdy"]

MAX_DECIMALS = 4  # amounts are numeric(20, 4)
MAX_INTEGER_DIGITS = 16
# Thousands grouping written with spaces (plain, no-break, narrow no-break, thin) or an
# apostrophe (Swiss). The other separator of the pair (`.` or `,`) also groups thousands.
_GROUPING = " \u00a0\u202f\u2009'\u2019"
_MINUS = "-\u2212"
_DIGITS = re.compile(r"^[0-9]+$")
# Fast paths for the forms ERPs write most, each unambiguous once the separator is known:
# an optional minus, up to 16 digits, and up to 4 decimals after the given separator.
_PLAIN = {
    ".": re.compile(r"^-?[0-9]{1,16}(?:\.[0-9]{1,4})?$"),
    ",": re.compile(r"^-?[0-9]{1,16}(?:,[0-9]{1,4})?$"),
}
_INTEGER = re.compile(r"^-?[0-9]{1,16}$")
# Plain amounts whose single separator cannot be a thousands one (not exactly 3 digits after).
_SETTLED = {
    ".": re.compile(r"^-?[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})$"),
    ",": re.compile(r"^-?[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})$"),
}
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")
_LANGUAGE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_SLASHED_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2}$")
_TRUE = frozenset({"true", "t", "yes", "y", "1", "oui", "vrai", "ja", "si", "sí", "x"})
_FALSE = frozenset({"false", "f", "no", "n", "0", "non", "faux", "nein", "nee"})
_DOCUMENT_KINDS = frozenset({"invoice", "credit_note", "debit_note"})


class CellError(ValueError):
    """A cell that cannot be read as its column's type; the message says why."""


# Amounts ---------------------------------------------------------------------------------------
def _split_sign(text: str) -> tuple[str, str]:
    body = text.strip()
    sign = ""
    if body[:1] in _MINUS:
        sign, body = "-", body[1:]
    elif body[:1] == "+":
        body = body[1:]
    elif body[-1:] in _MINUS:  # SAP and some ERPs write negatives as `12.50-`
        sign, body = "-", body[:-1]
    return sign, body.strip()


def amount_separators(text: str) -> frozenset[str]:
    """The decimal separators under which `text` reads as an amount (both when it cannot tell)."""
    for sep, settled in _SETTLED.items():
        if settled.match(text):
            return frozenset(sep)
    _, body = _split_sign(text)
    body = "".join(ch for ch in body if ch not in _GROUPING)
    dot, comma = body.rfind("."), body.rfind(",")
    if dot >= 0 and comma >= 0:
        return frozenset({"." if dot > comma else ","})
    sep = "." if dot >= 0 else "," if comma >= 0 else ""
    if not sep:
        return frozenset({".", ","})
    other = "," if sep == "." else "."
    parts = body.split(sep)
    if len(parts) > 2:  # 1.234.567: the dots group thousands
        return frozenset({other})
    before, after = parts
    if len(after) == 3 and 1 <= len(before) <= 3 and not before.startswith("0"):
        return frozenset({".", ","})  # 1.500: 1.5 or 1500
    return frozenset({sep})


def decide_decimal(values: Iterable[str]) -> DecimalSeparator | None:
    """The decimal separator most amounts of a file settle on; None when none settles it."""
    dots = commas = 0
    for value in values:
        possible = amount_separators(value)
        if possible == {"."}:
            dots += 1
        elif possible == {","}:
            commas += 1
    if not dots and not commas:
        return None
    return "," if commas > dots else "."


def parse_amount(value: object, decimal: DecimalSeparator | None) -> Decimal:
    """An exact amount with at most 4 decimals; `decimal` is the file's decimal separator."""
    if isinstance(value, bool):
        raise CellError("expected an amount, got a boolean")
    if isinstance(value, float):
        raise CellError(
            'amounts must be exact: send them as strings ("1234.56") or integers, not floats'
        )
    if isinstance(value, int):
        return _checked(Decimal(value), str(value))
    if isinstance(value, Decimal):
        return _checked(value, str(value))
    if not isinstance(value, str):
        raise CellError(f"expected an amount, got {type(value).__name__}")
    return _parse_amount_text(value, decimal)


def _parse_amount_text(text: str, decimal: DecimalSeparator | None) -> Decimal:
    if _INTEGER.match(text) or (decimal is not None and _PLAIN[decimal].match(text)):
        return Decimal(text.replace(",", "."))
    shown = text.strip()
    sign, body = _split_sign(text)
    if not body:
        raise CellError(f"{shown!r} is not an amount")
    possible = amount_separators(text)
    if decimal is None:
        if len(possible) == 2 and ("." in body or "," in body):
            raise CellError(
                f"{shown!r} is ambiguous: nothing else in the file shows whether {body[-4]!r} "
                "separates decimals or thousands; write it without a thousands separator "
                "(1500) or with decimals (1500.00)"
            )
        decimal = "." if "." in possible else ","
    elif decimal not in possible:
        raise CellError(
            f"{shown!r} does not use this file's decimal separator {decimal!r} "
            "(decided from its other amounts)"
        )
    thousands = "," if decimal == "." else "."
    whole, sep, fraction = body.partition(decimal)
    if sep and not _DIGITS.match(fraction):
        raise CellError(f"{shown!r} is not an amount (write digits after the decimal separator)")
    groups = re.split(f"[{re.escape(_GROUPING + thousands)}]", whole)
    if not all(_DIGITS.match(g) for g in groups):
        raise CellError(f"{shown!r} is not an amount")
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        raise CellError(f"{shown!r} is not an amount (thousands are grouped by three digits)")
    digits = "".join(groups)
    return _checked(Decimal(f"{sign}{digits}.{fraction or '0'}"), shown)


def _checked(amount: Decimal, shown: str) -> Decimal:
    if not amount.is_finite():
        raise CellError(f"{shown!r} is not an amount")
    exponent = amount.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # finite decimals have an int exponent
    if exponent < -MAX_DECIMALS:
        raise CellError(f"{shown!r} has more than {MAX_DECIMALS} decimals")
    if abs(amount) >= Decimal(10) ** MAX_INTEGER_DIGITS:
        raise CellError(f"{shown!r} is too large (at most {MAX_INTEGER_DIGITS} integer digits)")
    return amount


# Dates -----------------------------------------------------------------------------------------
def _slashed(value: str) -> tuple[int, int] | None:
    match = _SLASHED_DATE.match(value.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def decide_date_order(values: Iterable[str]) -> DateOrder | None:
    """Day or month first for the slashed dates of a file; None when no date settles it."""
    day_first = month_first = 0
    for value in values:
        parts = _slashed(value)
        if parts is None:
            continue
        if parts[0] > 12 >= parts[1]:
            day_first += 1
        elif parts[1] > 12 >= parts[0]:
            month_first += 1
    if not day_first and not month_first:
        return None
    return "mdy" if month_first > day_first else "dmy"


def parse_date(value: object, order: DateOrder | None) -> date:
    """A date: ISO YYYY-MM-DD, DD.MM.YYYY, or DD/MM/YYYY or MM/DD/YYYY as the file settles."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" == value[7]:
        try:  # the common case, in C; anything odd gets the slow path and its message
            parsed = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if 1900 <= parsed.year <= 2999:
                return parsed
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise CellError(f"expected a date (YYYY-MM-DD), got {type(value).__name__}")
    text = value.strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DOTTED_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif parts := _slashed(text):
        first, second = parts
        year = int(text.rsplit("/", 1)[1])
        if order is None and first != second and first <= 12 and second <= 12:
            raise CellError(
                f"{text!r} is ambiguous: no date in the file shows whether the day or the "
                "month comes first; write it as YYYY-MM-DD"
            )
        if order == "mdy":
            month, day = first, second
        elif order == "dmy" or first > 12 or first == second:
            day, month = first, second
        else:
            month, day = first, second
    elif _SHORT_YEAR.match(text):
        raise CellError(f"{text!r}: write the year with four digits (YYYY-MM-DD)")
    else:
        raise CellError(f"{text!r} is not a date (expected YYYY-MM-DD)")
    if not 1900 <= year <= 2999:
        raise CellError(f"{text!r}: year {year} is out of range")
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"{text!r} is not a valid date") from None


# Everything else -------------------------------------------------------------------------------
def parse_text(value: object, max_length: int) -> str:
    """Text, stripped; integers and decimals are written out (a JSON number for a reference)."""
    if isinstance(value, str):
        text = value.strip()
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        text = str(value)
    else:
        raise CellError(f"expected text, got {type(value).__name__}")
    if "\x00" in text:
        raise CellError("contains a NUL character")
    if max_length and len(text) > max_length:
        raise CellError(f"is {len(text)} characters long; at most {max_length} are allowed")
    return text


def parse_bool(value: object) -> bool:
    """A boolean: true/false, yes/no, 1/0 (and the same words in a few languages)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise CellError(f"{value!r} is not a boolean (expected true or false, yes or no, 1 or 0)")


@cache
def current_currencies() -> frozenset[str]:
    """ISO 4217 codes in use today, from CLDR's territory data (as shipped with babel)."""
    codes: set[str] = set()
    for entries in get_global("territory_currencies").values():
        codes.update(code for code, _start, end, _tender in entries if end is None)
    return frozenset(codes - {"XXX", "XTS"})  # "no currency" and "testing"


def parse_currency(value: object) -> str:
    """An ISO 4217 currency code in use today, upper-cased."""
    code = parse_text(value, 0).upper()
    if code not in current_currencies():
        raise CellError(f"{code!r} is not an ISO 4217 currency code (such as EUR, USD, GBP)")
    return code


def parse_email(value: object) -> str:
    """An email address, checked loosely (one @, a dot in the domain, no spaces)."""
    text = parse_text(value, 254)
    if not _EMAIL.match(text):
        raise CellError(f"{text!r} is not an email address")
    return text


def parse_language(value: object) -> str:
    """A language tag such as fr or pt-BR."""
    text = parse_text(value, 0)
    match = _LANGUAGE.match(text)
    if not match:
        raise CellError(f"{text!r} is not a language code (such as en, fr or pt-BR)")
    primary, region = match.groups()
    if region is None:
        return primary.lower()
    return f"{primary.lower()}-{region.upper() if len(region) == 2 else region.lower()}"


def parse_url(value: object) -> str:
    """An http(s) URL."""
    text = parse_text(value, 2000)
    if not text.lower().startswith(("http://", "https://")) or any(c.isspace() for c in text):
        raise CellError(f"{text!r} is not an http(s) URL")
    return text


def parse_document_kind(value: object) -> str:
    """invoice, credit_note or debit_note (case, spaces and hyphens forgiven)."""
    text = parse_text(value, 0).lower().replace(" ", "_").replace("-", "_")
    if text not in _DOCUMENT_KINDS:
        raise CellError(f"{value!r} is not a document kind (invoice, credit_note or debit_note)")
    return text
