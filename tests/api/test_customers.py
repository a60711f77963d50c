"""Customers through the API: create, read, filter, page, patch, delete, capture address."""

from __future__ import annotations

import uuid

from httpx import AsyncClient

from core.capture import parse_address, token_matches
from core.db import Pool, unit_of_work
from core.settings import Settings
from tests.api.conftest import Tenant, bearer


async def test_round_trip(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    body = {
        "number": "C-100",
        "name": "Acme SARL",
        "collector_id": str(tenant.alice_id),
        "language": "fr",
        "currency": "EUR",
        "vat_number": "FR123",
        "custom_fields": {"region": "north", "segment": 3, "key_account": True},
    }
    created = await client.post("/v1/customers", json=body, headers=admin)
    assert created.status_code == 201, created.text
    customer = created.json()
    assert {k: customer[k] for k in body} == body
    assert customer["capture_enabled"] is True
    assert "capture_token" not in customer

    fetched = await client.get(f"/v1/customers/{customer['id']}", headers=admin)
    assert fetched.json() == customer

    patched = await client.patch(
        f"/v1/customers/{customer['id']}",
        json={
            "name": "Acme SAS",
            "collector_id": None,
            "capture_enabled": False,
            "custom_fields": {"segment": None, "tier": "gold"},
        },
        headers=admin,
    )
    assert patched.status_code == 200, patched.text
    after = patched.json()
    assert after["name"] == "Acme SAS"
    assert after["collector_id"] is None
    assert after["capture_enabled"] is False
    assert after["language"] == "fr"  # untouched
    assert after["custom_fields"] == {"region": "north", "key_account": True, "tier": "gold"}

    deleted = await client.delete(f"/v1/customers/{customer['id']}", headers=admin)
    assert deleted.status_code == 204
    gone = await client.get(f"/v1/customers/{customer['id']}", headers=admin)
    assert gone.status_code == 404


async def test_duplicate_number_is_409(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    response = await client.post(
        "/v1/customers", json={"number": "ALICE-1", "name": "again"}, headers=admin
    )
    assert response.status_code == 409
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "ALICE-1" in response.json()["detail"]


async def test_collector_must_be_a_user_of_the_tenant(
    client: AsyncClient, tenant: Tenant, unique: str
) -> None:
    response = await client.post(
        "/v1/customers",
        json={"number": f"N-{unique}", "name": "n", "collector_id": str(uuid.uuid4())},
        headers=bearer(tenant.admin_key),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "collector_id"


async def test_filters(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    for number, name, fields in (
        ("F-1", "Dupont & Fils", {"region": "north", "tier": "gold"}),
        ("F-2", "Durand", {"region": "south", "tier": "gold"}),
        ("F-3", "100%_Bio", {"region": "north"}),
    ):
        created = await client.post(
            "/v1/customers",
            json={"number": number, "name": name, "custom_fields": fields},
            headers=admin,
        )
        assert created.status_code == 201

    async def numbers(query: str) -> list[str]:
        response = await client.get(f"/v1/customers?{query}", headers=admin)
        assert response.status_code == 200, response.text
        return [c["number"] for c in response.json()["items"]]

    assert await numbers("custom.region=north") == ["F-1", "F-3"]
    assert await numbers("custom.region=north&custom.tier=gold") == ["F-1"]
    assert await numbers("search=dup") == ["F-1"]
    assert await numbers("search=f-2") == ["F-2"]
    # Wildcards in the search are literal characters.
    assert await numbers("search=%25_") == ["F-3"]
    assert await numbers(f"collector={tenant.bob_id}") == ["BOB-1"]
    bad = await client.get("/v1/customers?custom.Bad-Key=x", headers=admin)
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "custom.Bad-Key"


async def test_pages_by_cursor(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    for i in range(5):
        await client.post(
            "/v1/customers", json={"number": f"P-{i}", "name": f"p{i}"}, headers=admin
        )
    seen: list[str] = []
    cursor = None
    while True:
        query = "search=P-&limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = (await client.get(f"/v1/customers?{query}", headers=admin)).json()
        seen += [c["number"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"P-{i}" for i in range(5)]
    broken = await client.get("/v1/customers?cursor=not-ours", headers=admin)
    assert broken.status_code == 422
    too_many = await client.get("/v1/customers?limit=100000", headers=admin)
    assert too_many.status_code == 400
    assert too_many.json()["errors"][0]["field"] == "limit"


async def test_capture_address_and_rotation(
    client: AsyncClient, tenant: Tenant, pool: Pool, settings: Settings
) -> None:
    path = f"/v1/customers/{tenant.alice_customer}/capture-address"
    first = await client.get(path, headers=bearer(tenant.alice_key))
    assert first.status_code == 200
    address = first.json()["address"]
    assert first.json()["active"] is True
    parsed = parse_address(address, settings.reply_domain)
    assert parsed is not None
    assert parsed.tenant_slug == tenant.slug
    assert parsed.customer_number == "ALICE-1"

    rotated = await client.post(f"{path}/rotate", headers=bearer(tenant.admin_key))
    assert rotated.status_code == 200
    new_address = rotated.json()["address"]
    assert new_address != address
    assert rotated.json()["rotated_at"] is not None
    assert (await client.get(path, headers=bearer(tenant.admin_key))).json()[
        "address"
    ] == new_address

    # What the gateway checks at RCPT time: only the new token matches now.
    new = parse_address(new_address, settings.reply_domain)
    assert new is not None
    async with unit_of_work(pool, None) as conn:
        row = await conn.fetchrow(
            "select token from relance_capture_target($1, $2)", tenant.slug, "ALICE-1"
        )
    assert row is not None
    assert token_matches(new.token, row["token"])
    assert not token_matches(parsed.token, row["token"])
