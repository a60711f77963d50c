"""Roles and isolation: collectors see only their own customers (others read as 404),
admins see the whole tenant, and no key ever reaches another tenant's rows."""

from __future__ import annotations

import pytest
from httpx import AsyncClient

from core.db import Pool
from tests.api.conftest import Tenant, bearer, make_tenant


async def _seed_children(client: AsyncClient, tenant: Tenant, customer: str) -> dict[str, str]:
    """A contact, a document and a payment for `customer`, created by the admin."""
    admin = bearer(tenant.admin_key)
    base = f"/v1/customers/{customer}"
    contact = await client.post(
        f"{base}/contacts", json={"external_ref": f"K-{customer}"}, headers=admin
    )
    document = await client.post(
        f"{base}/documents",
        json={"external_ref": f"D-{customer}", "number": "INV-1", "amount": "100.00"},
        headers=admin,
    )
    payment = await client.post(
        f"{base}/payments",
        json={"external_ref": f"P-{customer}", "amount": "10.00", "paid_on": "2025-01-31"},
        headers=admin,
    )
    assert {contact.status_code, document.status_code, payment.status_code} == {201}
    return {
        "contact": contact.json()["id"],
        "document": document.json()["id"],
        "payment": payment.json()["id"],
    }


async def test_collector_sees_own_customer(client: AsyncClient, tenant: Tenant) -> None:
    response = await client.get(
        f"/v1/customers/{tenant.alice_customer}", headers=bearer(tenant.alice_key)
    )
    assert response.status_code == 200
    assert response.json()["collector_id"] == str(tenant.alice_id)


async def test_collector_gets_404_for_another_collectors_customer(
    client: AsyncClient, tenant: Tenant
) -> None:
    children = await _seed_children(client, tenant, tenant.bob_customer)
    alice = bearer(tenant.alice_key)
    base = f"/v1/customers/{tenant.bob_customer}"
    for path in (
        base,
        f"{base}/contacts",
        f"{base}/documents",
        f"{base}/payments",
        f"{base}/capture-address",
        f"/v1/contacts/{children['contact']}",
        f"/v1/documents/{children['document']}",
        f"/v1/payments/{children['payment']}",
    ):
        response = await client.get(path, headers=alice)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json")
    # Writes read the same: the customer is not there for alice.
    patched = await client.patch(base, json={"name": "mine now"}, headers=alice)
    assert patched.status_code == 404
    added = await client.post(f"{base}/contacts", json={"external_ref": "sneaky"}, headers=alice)
    assert added.status_code == 404
    qualified = await client.patch(
        f"/v1/documents/{children['document']}", json={"status": "paid"}, headers=alice
    )
    assert qualified.status_code == 404


async def test_lists_hold_only_the_collectors_own_rows(client: AsyncClient, tenant: Tenant) -> None:
    await _seed_children(client, tenant, tenant.alice_customer)
    await _seed_children(client, tenant, tenant.bob_customer)
    alice = bearer(tenant.alice_key)
    customers = (await client.get("/v1/customers", headers=alice)).json()["items"]
    assert [c["id"] for c in customers] == [tenant.alice_customer]
    for path in ("/v1/documents", "/v1/payments"):
        items = (await client.get(path, headers=alice)).json()["items"]
        assert {i["customer_id"] for i in items} == {tenant.alice_customer}, path
    # Asking for bob's customers explicitly gives nothing, not bob's customers.
    filtered = await client.get(f"/v1/customers?collector={tenant.bob_id}", headers=alice)
    assert filtered.json()["items"] == []


async def test_admin_sees_the_whole_tenant(client: AsyncClient, tenant: Tenant) -> None:
    await _seed_children(client, tenant, tenant.alice_customer)
    await _seed_children(client, tenant, tenant.bob_customer)
    admin = bearer(tenant.admin_key)
    customers = (await client.get("/v1/customers", headers=admin)).json()["items"]
    assert {c["id"] for c in customers} == {tenant.alice_customer, tenant.bob_customer}
    documents = (await client.get("/v1/documents", headers=admin)).json()["items"]
    assert len(documents) == 2
    for customer in (tenant.alice_customer, tenant.bob_customer):
        assert (await client.get(f"/v1/customers/{customer}", headers=admin)).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/v1/customers", {"number": "X", "name": "X"}),
        ("GET", "/v1/users", None),
        ("POST", "/v1/users", {"email": "x@example.com", "role": "admin"}),
        ("DELETE", "/v1/customers/{alice_customer}", None),
        ("POST", "/v1/customers/{alice_customer}/capture-address/rotate", None),
        (
            "POST",
            "/v1/customers/{alice_customer}/documents",
            {"external_ref": "D", "number": "1", "amount": "1"},
        ),
        (
            "POST",
            "/v1/customers/{alice_customer}/payments",
            {"external_ref": "P", "amount": "1", "paid_on": "2025-01-01"},
        ),
    ],
)
async def test_collector_calling_an_admin_endpoint_is_403(
    client: AsyncClient, tenant: Tenant, method: str, path: str, body: object
) -> None:
    response = await client.request(
        method,
        path.format(alice_customer=tenant.alice_customer),
        json=body,
        headers=bearer(tenant.alice_key),
    )
    assert response.status_code == 403, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 403


async def test_collector_cannot_reassign_a_customer(client: AsyncClient, tenant: Tenant) -> None:
    response = await client.patch(
        f"/v1/customers/{tenant.alice_customer}",
        json={"collector_id": str(tenant.bob_id)},
        headers=bearer(tenant.alice_key),
    )
    assert response.status_code == 403
    assert "collector_id" in response.json()["detail"]


async def test_collector_may_qualify_but_not_reprice_a_document(
    client: AsyncClient, tenant: Tenant
) -> None:
    children = await _seed_children(client, tenant, tenant.alice_customer)
    alice = bearer(tenant.alice_key)
    path = f"/v1/documents/{children['document']}"
    qualified = await client.patch(
        path, json={"status": "promise_to_pay", "promise_date": "2030-01-15"}, headers=alice
    )
    assert qualified.status_code == 200, qualified.text
    assert qualified.json()["status"] == "promise_to_pay"
    assert qualified.json()["promise_date"] == "2030-01-15"
    repriced = await client.patch(path, json={"amount": "1.00"}, headers=alice)
    assert repriced.status_code == 403


async def test_one_tenants_key_never_sees_another_tenants_rows(
    client: AsyncClient, pool: Pool, tenant: Tenant, unique: str
) -> None:
    other = await make_tenant(pool, client, f"api-other-{unique}")
    children = await _seed_children(client, other, other.alice_customer)
    for key in (tenant.admin_key, tenant.alice_key):
        headers = bearer(key)
        for path in (
            f"/v1/customers/{other.alice_customer}",
            f"/v1/customers/{other.alice_customer}/documents",
            f"/v1/customers/{other.alice_customer}/capture-address",
            f"/v1/contacts/{children['contact']}",
            f"/v1/documents/{children['document']}",
            f"/v1/payments/{children['payment']}",
            f"/v1/users/{other.admin_id}",
        ):
            response = await client.get(path, headers=headers)
            assert response.status_code in (403, 404), path
            if key == tenant.admin_key:
                assert response.status_code == 404, path
        listed = (await client.get("/v1/customers", headers=headers)).json()["items"]
        assert other.alice_customer not in {c["id"] for c in listed}
    # Nor can it change or delete them.
    admin = bearer(tenant.admin_key)
    assert (
        await client.patch(
            f"/v1/customers/{other.alice_customer}", json={"name": "x"}, headers=admin
        )
    ).status_code == 404
    assert (
        await client.delete(f"/v1/customers/{other.alice_customer}", headers=admin)
    ).status_code == 404
    still = await client.get(
        f"/v1/customers/{other.alice_customer}", headers=bearer(other.admin_key)
    )
    assert still.status_code == 200
    assert still.json()["name"] == "Customer of alice"
