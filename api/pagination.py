"""Keyset pagination: a page of items and an opaque cursor naming where the next page starts.

Keyset rather than offset because lists change while a client walks them (imports run all
day): a cursor keeps its place where an offset would skip or repeat rows.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Annotated, Generic, TypeVar

import msgspec
from litestar.params import QueryParameter

from core.errors import InvalidInput

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500

Limit = Annotated[
    int,
    QueryParameter(ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT})."),
]
Cursor = Annotated[
    str | None,
    QueryParameter(description="`next_cursor` of the previous page; omit for the first page."),
]


class Page(msgspec.Struct, Generic[T], frozen=True, kw_only=True):
    """One page of a list; `next_cursor` is null on the last page."""

    items: list[T]
    next_cursor: str | None


def encode_cursor(key: list[str]) -> str:
    """Wrap the sort key of a page's last row into an opaque token."""
    return base64.urlsafe_b64encode(msgspec.json.encode(key)).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, size: int) -> list[str] | None:
    """Read a cursor back into `size` key parts; InvalidInput when it was not ours."""
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = msgspec.json.decode(raw, type=list[str])
    except (binascii.Error, ValueError, msgspec.DecodeError):
        key = []
    if len(key) != size:
        raise InvalidInput(
            "cursor is not valid", problems=[{"field": "cursor", "message": "not a cursor we gave"}]
        )
    return key


def page_of(items: list[T], limit: int, sort_key: Callable[[T], list[str]]) -> Page[T]:
    """Build a page from up to limit + 1 items; the extra one only says that more exist."""
    if len(items) > limit:
        kept = items[:limit]
        return Page(items=kept, next_cursor=encode_cursor(sort_key(kept[-1])))
    return Page(items=items, next_cursor=None)
