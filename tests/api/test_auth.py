"""Authentication: every /v1 route needs a valid bearer key; 401 problems say so."""

from __future__ import annotations

import pytest
from httpx import AsyncClient as Client
from httpx import Response

from core.accounts import new_api_key
from tests.api.conftest import Tenant, bearer


def assert_unauthorized(response: Response) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["status"] == 401
    assert body["title"] == "Unauthorized"
    assert body["detail"]


@pytest.mark.parametrize(
    "path", ["/v1/customers", "/v1/users", "/v1/documents", "/v1/payments", "/v1/me"]
)
async def test_no_key_is_401(client: Client, path: str) -> None:
    assert_unauthorized(await client.get(path))


@pytest.mark.parametrize(
    "header",
    [
        "Bearer " + new_api_key(),  # well-formed, never issued
        "Bearer not-a-key",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "rlk_without_scheme",
    ],
)
async def test_wrong_key_is_401(client: Client, tenant: Tenant, header: str) -> None:
    assert_unauthorized(await client.get("/v1/customers", headers={"Authorization": header}))


async def test_a_valid_key_names_its_holder(client: Client, tenant: Tenant) -> None:
    response = await client.get("/v1/me", headers=bearer(tenant.alice_key))
    assert response.status_code == 200
    assert response.json() == {
        "tenant_id": str(tenant.id),
        "tenant_slug": tenant.slug,
        "user_id": str(tenant.alice_id),
        "role": "collector",
    }


async def test_scheme_is_case_insensitive(client: Client, tenant: Tenant) -> None:
    # RFC 9110 section 11.1: the auth scheme is case-insensitive.
    headers = {"Authorization": f"bearer {tenant.admin_key}"}
    assert (await client.get("/v1/me", headers=headers)).status_code == 200


async def test_revoked_key_is_401(client: Client, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    issued = await client.post(f"/v1/users/{tenant.alice_id}/api-keys", headers=admin)
    assert issued.status_code == 201
    key = issued.json()["api_key"]
    assert (await client.get("/v1/me", headers=bearer(key))).status_code == 200

    key_id = issued.json()["key"]["id"]
    revoked = await client.delete(f"/v1/users/{tenant.alice_id}/api-keys/{key_id}", headers=admin)
    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"] is not None

    assert_unauthorized(await client.get("/v1/me", headers=bearer(key)))
    # The user's other key still works.
    assert (await client.get("/v1/me", headers=bearer(tenant.alice_key))).status_code == 200


async def test_deactivated_user_key_is_401(client: Client, tenant: Tenant) -> None:
    response = await client.patch(
        f"/v1/users/{tenant.bob_id}", json={"active": False}, headers=bearer(tenant.admin_key)
    )
    assert response.status_code == 200
    assert_unauthorized(await client.get("/v1/me", headers=bearer(tenant.bob_key)))


async def test_health_and_schema_need_no_key(client: Client) -> None:
    health = await client.get("/health")
    assert health.status_code == 200
    assert health.json() == {"status": "ok"}
    assert (await client.get("/schema/openapi.json")).status_code == 200
