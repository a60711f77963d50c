"""Problem details everywhere, OpenAPI, health, metrics, and the app served for real."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest
import uvicorn

from api.app import create_app
from core.db import Pool
from core.settings import Settings
from tests.api.conftest import Tenant, asgi, bearer
from tests.conftest import SERVER_URL, _with_database

PROBLEM = "application/problem+json"


async def test_unknown_route_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["status"] == 404
    assert (await client.get("/nowhere")).headers["content-type"].startswith(PROBLEM)


async def test_malformed_json_is_a_400_problem(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post(
        "/v1/customers",
        content=b'{"number": ',
        headers={**bearer(tenant.admin_key), "content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_invalid_fields_are_named(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post(
        "/v1/customers", json={"number": "", "name": 7}, headers=bearer(tenant.admin_key)
    )
    assert response.status_code == 400
    body = response.json()
    assert body["title"] == "Bad Request"
    assert {e["field"] for e in body["errors"]} <= {"number", "name"}
    assert body["errors"]
    assert "number" in body["detail"] or "name" in body["detail"]
    missing = await client.post("/v1/customers", json={}, headers=bearer(tenant.admin_key))
    assert missing.status_code == 400
    assert "number" in missing.json()["detail"]


async def test_bad_path_id_is_a_problem(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.get("/v1/customers/not-a-uuid", headers=bearer(tenant.admin_key))
    assert response.status_code in (400, 404)
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.put("/v1/customers", headers=bearer(tenant.admin_key))
    assert response.status_code == 405
    assert response.headers["content-type"].startswith(PROBLEM)


async def test_health(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_health_is_503_when_postgresql_does_not_answer(settings: Settings) -> None:
    # A pool that is closed behaves like a database that is gone.
    pool = await asyncpg.create_pool(settings.app_dsn, min_size=0, max_size=1)
    await pool.close()
    app = create_app(settings, pool=pool)
    async with httpx.AsyncClient(transport=asgi(app), base_url="http://relance.test") as client:
        response = await client.get("/health")
    assert response.status_code == 503
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.headers["retry-after"]


async def test_openapi_lists_v1_paths_with_bearer_security(client: httpx.AsyncClient) -> None:
    response = await client.get("/schema/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    for path in (
        "/v1/customers",
        "/v1/customers/{customer_id}",
        "/v1/customers/{customer_id}/capture-address",
        "/v1/customers/{customer_id}/contacts",
        "/v1/customers/{customer_id}/documents",
        "/v1/customers/{customer_id}/payments",
        "/v1/contacts/{contact_id}",
        "/v1/documents",
        "/v1/documents/{document_id}",
        "/v1/payments",
        "/v1/users",
        "/v1/users/{user_id}/api-keys",
        "/health",
    ):
        assert path in paths, path
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": schemes["bearer"]["description"],
    }
    assert paths["/v1/customers"]["get"]["security"] == [{"bearer": []}]
    assert "security" not in paths["/health"]["get"]


async def test_metrics_count_requests(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await client.get("/v1/customers", headers=bearer(tenant.admin_key))
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'relance_http_requests_total{method="GET",route="/v1/customers",status="200"}' in text
    assert "relance_http_request_duration_seconds_bucket" in text


@contextlib.asynccontextmanager
async def served(settings: Settings) -> AsyncIterator[str]:
    """The app on a real socket (uvicorn, 127.0.0.1, a free port), opening its own pool."""
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=0, lifespan="on", log_level="warning"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(500):
            if server.started or task.done():
                break
            await asyncio.sleep(0.01)
        assert server.started, "uvicorn did not start"
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, 10)


async def test_served_over_a_real_socket(settings: Settings, pool: Pool, unique: str) -> None:
    from core.accounts import create_tenant, create_user

    tenant = await create_tenant(pool, f"sock-{unique}", "Socket")
    _, key = await create_user(pool, tenant, f"admin@sock-{unique}.test", role="admin")
    async with served(settings) as base, httpx.AsyncClient(base_url=base) as client:
        assert (await client.get("/health")).json() == {"status": "ok"}
        assert (await client.get("/v1/customers")).status_code == 401
        created = await client.post(
            "/v1/customers",
            json={"number": "S-1", "name": "Over TCP"},
            headers=bearer(key),
        )
        assert created.status_code == 201, created.text
        listed = await client.get("/v1/customers", headers=bearer(key))
        assert [c["number"] for c in listed.json()["items"]] == ["S-1"]


@pytest.fixture
async def empty_database() -> AsyncIterator[Settings]:
    """Settings for a database with no migrations applied, dropped afterwards."""
    name = f"relance_behind_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'create database "{name}"')
    await admin.close()
    url = _with_database(SERVER_URL, name)
    # The app role (relance_app) exists cluster-wide since the session's migration.
    yield Settings.from_env({"DATABASE_URL": url})
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'drop database if exists "{name}" with (force)')
    await admin.close()


async def test_refuses_to_start_on_a_database_that_is_behind(empty_database: Settings) -> None:
    # The ASGI lifespan protocol, as uvicorn speaks it: startup must fail, naming the cause.
    app: Any = create_app(empty_database)  # called with plain dicts, as a server would
    inbox: asyncio.Queue[dict[str, str]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    sent: list[dict[str, str]] = []

    async def send(message: dict[str, str]) -> None:
        sent.append(message)

    with pytest.raises(Exception):  # noqa: B017 (the cause is asserted below, from the protocol)
        await asyncio.wait_for(app({"type": "lifespan", "state": {}}, inbox.get, send), 10)
    assert [m["type"] for m in sent] == ["lifespan.startup.failed"]
    assert "SchemaBehind" in sent[0]["message"]
    assert "relance migrate" in sent[0]["message"]


async def test_unexpected_errors_are_500_problems_without_internals() -> None:
    from litestar import Litestar, get

    from api import problems

    @get("/boom")
    async def boom() -> None:
        raise RuntimeError("password=hunter2 at /srv/secret.py")

    app = Litestar(
        [boom], plugins=[problems.plugin()], exception_handlers=problems.handlers(), debug=False
    )
    transport = asgi(app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://relance.test") as client:
        response = await client.get("/boom")
    assert response.status_code == 500
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "hunter2" not in response.text
    assert "secret" not in response.text
    assert response.json()["title"] == "Internal Server Error"
