"""Row-access helpers shared by the routes: what a caller may see or change.

Tenant isolation is PostgreSQL's (row-level security); these add the collector rule: a
collector sees only customers assigned to them, and anything else reads as absent (404),
so ids of other collectors' customers cannot be probed.
"""

from __future__ import annotations

from typing import TypeVar
from uuid import UUID

import msgspec
from asyncpg import Record

from api.deps import collector_scope
from core.accounts import Principal
from core.db import Connection
from core.errors import Forbidden, NotFound
from core.sql import load

T = TypeVar("T")


async def row_or_404(conn: Connection, statement: str, *args: object, what: str) -> Record:
    """The one row `statement` returns; NotFound ("no such <what>") when there is none."""
    row = await conn.fetchrow(statement, *args)
    if row is None:
        raise NotFound(f"no such {what}")
    return row


async def visible_customer(conn: Connection, customer_id: UUID, principal: Principal) -> Record:
    """The customer's row when the caller may see it; NotFound otherwise."""
    return await row_or_404(
        conn, load().get_customer, customer_id, collector_scope(principal), what="customer"
    )


def keep(new: T | msgspec.UnsetType, old: T) -> T:
    """A patched value: the new one when given, the old one when the field was absent."""
    return old if isinstance(new, msgspec.UnsetType) else new


def admin_fields_only(principal: Principal, patch: msgspec.Struct, allowed: set[str]) -> None:
    """Refuse a collector's patch that touches a field outside `allowed` (403)."""
    if principal.role == "admin":
        return
    touched = {
        name
        for name in patch.__struct_fields__
        if not isinstance(getattr(patch, name), msgspec.UnsetType)
    }
    refused = sorted(touched - allowed)
    if refused:
        raise Forbidden(f"only an admin may change {', '.join(refused)}")
