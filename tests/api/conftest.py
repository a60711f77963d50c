"""API fixtures: the app over the session's real pool, and a tenant with an admin and two
collectors (alice and bob), each collector with a customer of their own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import msgspec
import pytest
from litestar import Litestar

from api.app import create_app
from core.accounts import create_tenant, create_user
from core.db import Pool
from core.ids import TenantId, UserId
from core.settings import Settings


class Tenant(msgspec.Struct, kw_only=True):
    """A tenant seeded through core.accounts and the API."""

    id: TenantId
    slug: str
    admin_key: str
    admin_id: UserId
    alice_key: str
    alice_id: UserId
    bob_key: str
    bob_id: UserId
    alice_customer: str
    bob_customer: str


def bearer(key: str) -> dict[str, str]:
    """The Authorization header for an API key."""
    return {"Authorization": f"Bearer {key}"}


def asgi(app: Litestar, *, raise_app_exceptions: bool = True) -> httpx.ASGITransport:
    """An httpx transport that calls the app in this event loop."""
    # Litestar types its ASGI callables with TypedDicts; httpx with plain mappings: same protocol.
    return httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def app(settings: Settings, pool: Pool) -> Litestar:
    """The API built on the session's pool (role relance_app: RLS applies)."""
    return create_app(settings, pool=pool)


@pytest.fixture
async def client(app: Litestar) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process HTTP client over the app, in the test's own event loop.

    Not litestar.testing.AsyncTestClient: that one runs the app on a portal thread with an
    event loop of its own, where the session's asyncpg pool (bound to the test loop) cannot
    be used. The app was given the pool, so it needs no lifespan to serve.
    """
    async with httpx.AsyncClient(transport=asgi(app), base_url="http://relance.test") as client:
        yield client


async def make_tenant(pool: Pool, client: httpx.AsyncClient, slug: str) -> Tenant:
    """A tenant with an admin, two collectors and one customer for each collector."""
    tenant = await create_tenant(pool, slug, f"Tenant {slug}")
    admin_id, admin_key = await create_user(pool, tenant, f"admin@{slug}.test", role="admin")
    alice_id, alice_key = await create_user(pool, tenant, f"alice@{slug}.test", role="collector")
    bob_id, bob_key = await create_user(pool, tenant, f"bob@{slug}.test", role="collector")
    customers: dict[str, str] = {}
    for who, user_id in (("alice", alice_id), ("bob", bob_id)):
        body: dict[str, Any] = {
            "number": f"{who.upper()}-1",
            "name": f"Customer of {who}",
            "collector_id": str(user_id),
        }
        response = await client.post("/v1/customers", json=body, headers=bearer(admin_key))
        assert response.status_code == 201, response.text
        customers[who] = response.json()["id"]
    return Tenant(
        id=tenant,
        slug=slug,
        admin_key=admin_key,
        admin_id=admin_id,
        alice_key=alice_key,
        alice_id=alice_id,
        bob_key=bob_key,
        bob_id=bob_id,
        alice_customer=customers["alice"],
        bob_customer=customers["bob"],
    )


@pytest.fixture
async def tenant(pool: Pool, client: httpx.AsyncClient, unique: str) -> Tenant:
    """A fresh tenant for one test."""
    return await make_tenant(pool, client, f"api-{unique}")
