"""Contacts (collectors manage their own customers') and users with their API keys."""

from __future__ import annotations

from httpx import AsyncClient

from tests.api.conftest import Tenant, bearer


async def test_contact_round_trip_by_a_collector(client: AsyncClient, tenant: Tenant) -> None:
    alice = bearer(tenant.alice_key)
    base = f"/v1/customers/{tenant.alice_customer}/contacts"
    created = await client.post(
        base,
        json={
            "external_ref": f"K1-{tenant.slug}",
            "name": "Jane Payables",
            "email": "ap@acme.example",
            "phone": "+33 1 23 45 67 89",
            "is_collection_contact": True,
            "language": "fr",
        },
        headers=alice,
    )
    assert created.status_code == 201, created.text
    contact = created.json()
    assert contact["customer_id"] == tenant.alice_customer
    listed = (await client.get(base, headers=alice)).json()["items"]
    assert [c["id"] for c in listed] == [contact["id"]]

    patched = await client.patch(
        f"/v1/contacts/{contact['id']}", json={"email": "ar@acme.example"}, headers=alice
    )
    assert patched.status_code == 200
    assert patched.json()["email"] == "ar@acme.example"
    assert patched.json()["name"] == "Jane Payables"

    bad = await client.post(
        base, json={"external_ref": "K2", "email": "not an address"}, headers=alice
    )
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["field"] == "email"

    assert (await client.delete(f"/v1/contacts/{contact['id']}", headers=alice)).status_code == 204
    assert (await client.get(f"/v1/contacts/{contact['id']}", headers=alice)).status_code == 404


async def test_user_lifecycle(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    created = await client.post(
        "/v1/users",
        json={"email": f"Carol@{tenant.slug}.test", "name": "Carol", "role": "collector"},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    user_id = body["user"]["id"]
    assert body["user"]["email"] == f"carol@{tenant.slug}.test"
    assert body["api_key"].startswith(body["key"]["prefix"])
    carol = bearer(body["api_key"])
    assert (await client.get("/v1/me", headers=carol)).json()["role"] == "collector"

    duplicate = await client.post(
        "/v1/users", json={"email": f"carol@{tenant.slug}.test", "role": "admin"}, headers=admin
    )
    assert duplicate.status_code == 409

    promoted = await client.patch(f"/v1/users/{user_id}", json={"role": "admin"}, headers=admin)
    assert promoted.json()["role"] == "admin"
    assert (await client.get("/v1/users", headers=carol)).status_code == 200

    second = await client.post(f"/v1/users/{user_id}/api-keys", headers=admin)
    assert second.status_code == 201
    keys = (await client.get(f"/v1/users/{user_id}/api-keys", headers=admin)).json()
    assert len(keys) == 2
    assert all("api_key" not in k for k in keys)
    assert body["api_key"] not in str(keys)

    users = (await client.get("/v1/users", headers=admin)).json()["items"]
    assert {u["email"] for u in users} >= {f"carol@{tenant.slug}.test", f"admin@{tenant.slug}.test"}


async def test_the_last_admin_cannot_be_removed(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    demoted = await client.patch(
        f"/v1/users/{tenant.admin_id}", json={"role": "collector"}, headers=admin
    )
    assert demoted.status_code == 409
    deactivated = await client.patch(
        f"/v1/users/{tenant.admin_id}", json={"active": False}, headers=admin
    )
    assert deactivated.status_code == 409
    assert (await client.get("/v1/me", headers=admin)).json()["role"] == "admin"


async def test_bad_role_names_the_field(client: AsyncClient, tenant: Tenant) -> None:
    response = await client.post(
        "/v1/users",
        json={"email": "x@example.com", "role": "superuser"},
        headers=bearer(tenant.admin_key),
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "role"
