"""Field types shared by the resources: exact amounts, ISO codes, custom fields.

Amounts travel as decimal strings ("1234.56"), never JSON numbers: a JSON number is read as a
binary float by most clients and by the framework, and money must stay exact. The pattern
matches what PostgreSQL's numeric(20, 4) holds, so nothing is rounded silently on write.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Annotated, Any

import msgspec
from babel.numbers import list_currencies

from core.errors import InvalidInput

Amount = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^-?[0-9]{1,16}(\.[0-9]{1,4})?$",
        description="Exact decimal amount as a string: up to 16 digits, up to 4 decimals.",
        examples=["1234.56"],
    ),
]
Currency = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 currency code, upper case.",
        examples=["EUR"],
    ),
]
Language = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[a-z]{2}(-[A-Z]{2})?$",
        description="ISO 639-1 language code, optionally with a region (fr, pt-BR).",
        examples=["en"],
    ),
]
ExternalRef = Annotated[
    str,
    msgspec.Meta(
        min_length=1, max_length=128, description="The ERP's reference: unique per tenant."
    ),
]
CustomValue = str | int | float | bool
# Keys follow custom_field_definitions.key; values are what the ERP sends.
CustomFields = dict[
    Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,62}$")],
    CustomValue,
]
CustomFieldsPatch = dict[
    Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,62}$")],
    CustomValue | None,
]
CUSTOM_KEY = r"^[a-z][a-z0-9_]{0,62}$"


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def check_currency(field: str, code: str | None) -> None:
    """Refuse a well-formed code that ISO 4217 does not know (pattern checks only the shape)."""
    if code is not None and code not in _currencies():
        raise InvalidInput(
            f"{code!r} is not an ISO 4217 currency code",
            problems=[{"field": field, "message": f"{code!r} is not an ISO 4217 currency code"}],
        )


def format_amount(value: Decimal) -> str:
    """Write a stored amount with at least two decimals and no trailing zeros beyond them."""
    exponent = value.normalize().as_tuple().exponent
    places = min(exponent if isinstance(exponent, int) else 0, -2)
    return str(value.quantize(Decimal(1).scaleb(places)))


def merge_custom_fields(
    current: dict[str, Any], patch: dict[str, CustomValue | None]
) -> dict[str, Any]:
    """Apply a JSON merge patch (RFC 7396) to custom fields: null removes a key."""
    merged = dict(current)
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged
