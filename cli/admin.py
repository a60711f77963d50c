"""Bodies of the administrative commands (tenant and user creation)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from core.accounts import Role, create_tenant, create_user, tenant_id_for
from core.capture import inbox_address
from core.db import Pool, connect, create_pool, unit_of_work
from core.migrations import ensure_current
from core.settings import Settings
from core.sql import load


@asynccontextmanager
async def app_pool(settings: Settings) -> AsyncIterator[Pool]:
    """The application pool, after checking the schema is current."""
    owner = await connect(settings.database_url, timeout=settings.db_timeout)
    try:
        await ensure_current(owner)
    finally:
        await owner.close()
    pool = await create_pool(settings.app_dsn, size=2, timeout=settings.db_timeout)
    try:
        yield pool
    finally:
        await pool.close()


async def create_tenant_command(
    settings: Settings, slug: str, name: str, internal_domains: list[str], currency: str
) -> dict[str, Any]:
    """Create a tenant; return its slug, id and inbox address."""
    async with app_pool(settings) as pool:
        tenant_id = await create_tenant(
            pool, slug, name, internal_domains=internal_domains, currency=currency
        )
        async with unit_of_work(pool, tenant_id) as conn:
            tenant = await conn.fetchrow(load().get_tenant)
    assert tenant is not None
    return {
        "tenant": slug,
        "id": str(tenant_id),
        "inbox_address": inbox_address(slug, tenant["inbox_token"], settings.reply_domain),
    }


async def create_user_command(
    settings: Settings, tenant_slug: str, email: str, role: Role, name: str
) -> dict[str, Any]:
    """Create a user and return its id and a new API key (shown once)."""
    async with app_pool(settings) as pool:
        tenant_id = await tenant_id_for(pool, tenant_slug)
        user_id, key = await create_user(pool, tenant_id, email, name=name, role=role)
    return {"tenant": tenant_slug, "user_id": str(user_id), "role": role, "api_key": key}
