"""Tenants, users and API keys.

API keys are 256-bit random strings shown once; only their SHA-256 is stored, so a leaked
database does not leak keys. The key's first characters are kept apart to tell keys apart.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from typing import Literal

import msgspec

from core.capture import new_token, valid_slug
from core.db import Pool, unit_of_work
from core.errors import Conflict, InvalidInput, NotFound
from core.ids import TenantId, UserId
from core.sql import load

Role = Literal["admin", "collector"]
KEY_PREFIX = "rlk_"


class Principal(msgspec.Struct, frozen=True, kw_only=True):
    """Who is calling: resolved from an API key."""

    tenant_id: TenantId
    tenant_slug: str
    user_id: UserId
    role: Role


def hash_key(key: str) -> bytes:
    """SHA-256 of an API key: what the database stores and looks up."""
    return hashlib.sha256(key.encode("utf-8")).digest()


def new_api_key() -> str:
    """A fresh API key: prefix plus 256 bits from the OS CSPRNG."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


async def tenant_id_for(pool: Pool, slug: str) -> TenantId:
    """Look a tenant up by slug (commands name tenants by slug); NotFound otherwise."""
    async with unit_of_work(pool, None) as conn:
        found = await conn.fetchval(load().tenant_id_by_slug, slug)
    if found is None:
        raise NotFound(f"no tenant {slug!r}")
    return TenantId(found)


async def create_tenant(
    pool: Pool,
    slug: str,
    name: str,
    *,
    internal_domains: list[str] | None = None,
    currency: str = "EUR",
    exist_ok: bool = False,
) -> TenantId:
    """Create a tenant; with exist_ok, return the existing one of that slug instead."""
    if not valid_slug(slug):
        raise InvalidInput(
            "a tenant slug is 1-40 lower-case letters, digits or hyphens, "
            "not starting or ending with a hyphen"
        )
    tenant_id = TenantId(uuid.uuid4())
    domains = sorted({d.lower() for d in internal_domains or []})
    async with unit_of_work(pool, tenant_id) as conn:
        created = await conn.fetchval(
            load().insert_tenant, tenant_id, slug, name, new_token(), domains, currency
        )
    if created is not None:
        return tenant_id
    if not exist_ok:
        raise Conflict(f"tenant {slug!r} already exists")
    return await tenant_id_for(pool, slug)


async def create_user(
    pool: Pool, tenant_id: TenantId, email: str, *, name: str = "", role: Role
) -> tuple[UserId, str]:
    """Create (or update) a user and issue a new API key; the key is returned only here."""
    if role not in ("admin", "collector"):
        raise InvalidInput("role must be admin or collector")
    if "@" not in email.strip("@"):
        raise InvalidInput(f"{email!r} is not an email address")
    key = new_api_key()
    q = load()
    async with unit_of_work(pool, tenant_id) as conn:
        user_id = UserId(await conn.fetchval(q.upsert_user, email, name, role))
        await conn.execute(q.insert_api_key, user_id, key[:12], hash_key(key))
    return user_id, key


async def authenticate(pool: Pool, key: str) -> Principal | None:
    """Resolve an API key to its holder; None for an unknown, revoked or malformed key."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    digest = hash_key(key)
    q = load()
    async with unit_of_work(pool, None) as conn:
        row = await conn.fetchrow(q.authenticate, digest)
        if row is None:
            return None
        await conn.execute("select set_config('app.tenant_id', $1, true)", str(row["tenant_id"]))
        await conn.execute(q.touch_api_key, digest)
    return Principal(
        tenant_id=TenantId(row["tenant_id"]),
        tenant_slug=row["tenant_slug"],
        user_id=UserId(row["user_id"]),
        role=row["role"],
    )
