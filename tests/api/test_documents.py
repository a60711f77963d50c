"""Documents and payments: exact decimal amounts, filters, history of qualifications."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import asyncpg
import pytest
from httpx import AsyncClient

from tests.api.conftest import Tenant, bearer


@pytest.mark.parametrize(
    ("sent", "returned"),
    [
        ("1234.56", "1234.56"),
        ("0.1", "0.10"),
        ("0.2", "0.20"),
        ("1234.5678", "1234.5678"),
        ("-15.5", "-15.50"),
        ("100", "100.00"),
        ("9999999999999999.9999", "9999999999999999.9999"),
    ],
)
async def test_amounts_stay_exact(
    client: AsyncClient, tenant: Tenant, sent: str, returned: str, unique: str
) -> None:
    response = await client.post(
        f"/v1/customers/{tenant.alice_customer}/documents",
        json={"external_ref": f"D-{unique}", "number": "INV-9", "amount": sent},
        headers=bearer(tenant.admin_key),
    )
    assert response.status_code == 201, response.text
    assert response.json()["amount"] == returned
    assert response.json()["open_amount"] == returned
    fetched = await client.get(
        f"/v1/documents/{response.json()['id']}", headers=bearer(tenant.alice_key)
    )
    assert fetched.json()["amount"] == returned


async def test_amounts_add_up_exactly(
    client: AsyncClient, tenant: Tenant, owner: asyncpg.Connection
) -> None:
    admin = bearer(tenant.admin_key)
    base = f"/v1/customers/{tenant.alice_customer}/payments"
    for ref, amount in (("P-a", "0.1"), ("P-b", "0.2")):
        response = await client.post(
            base,
            json={
                "external_ref": f"{ref}-{tenant.slug}",
                "amount": amount,
                "paid_on": "2025-02-01",
            },
            headers=admin,
        )
        assert response.status_code == 201, response.text
    total = await owner.fetchval(
        "select sum(amount) from payments where customer_id = $1", tenant.alice_customer
    )
    assert total == Decimal("0.3")
    amounts = sorted(p["amount"] for p in (await client.get(base, headers=admin)).json()["items"])
    assert amounts == ["0.10", "0.20"]


@pytest.mark.parametrize(
    ("amount", "why"),
    [
        (1234.56, "JSON number"),
        ("0.30000000000000004", "more than 4 decimals"),
        ("1e3", "exponent"),
        ("12,50", "comma"),
        ("NaN", "not a number"),
        ("99999999999999999", "17 integer digits"),
    ],
)
async def test_inexact_amounts_are_refused(
    client: AsyncClient, tenant: Tenant, amount: object, why: str
) -> None:
    response = await client.post(
        f"/v1/customers/{tenant.alice_customer}/documents",
        json={"external_ref": "D-bad", "number": "INV-bad", "amount": amount},
        headers=bearer(tenant.admin_key),
    )
    assert response.status_code == 400, why
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["field"] == "amount", why


async def test_currency_must_be_iso_4217(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    base = f"/v1/customers/{tenant.alice_customer}/documents"
    unknown = await client.post(
        base,
        json={"external_ref": "D-c1", "number": "1", "amount": "1", "currency": "ABC"},
        headers=admin,
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"] == [
        {"field": "currency", "message": "'ABC' is not an ISO 4217 currency code"}
    ]
    lower = await client.post(
        base,
        json={"external_ref": "D-c2", "number": "1", "amount": "1", "currency": "eur"},
        headers=admin,
    )
    assert lower.status_code == 400
    assert lower.json()["errors"][0]["field"] == "currency"
    defaulted = await client.post(
        base, json={"external_ref": "D-c3", "number": "1", "amount": "1"}, headers=admin
    )
    assert defaulted.json()["currency"] == "EUR"  # the tenant's default


async def test_status_open_and_overdue_filters(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    base = f"/v1/customers/{tenant.alice_customer}/documents"
    past = (date.today() - timedelta(days=30)).isoformat()
    future = (date.today() + timedelta(days=30)).isoformat()
    for ref, due, status, open_amount in (
        ("late", past, "open", "50.00"),
        ("later", future, "open", "50.00"),
        ("paid", past, "paid", "0"),
        ("disputed", past, "disputed", "50.00"),
        ("undated", None, "open", "50.00"),
    ):
        response = await client.post(
            base,
            json={
                "external_ref": f"{ref}-{tenant.slug}",
                "number": ref,
                "amount": "50.00",
                "open_amount": open_amount,
                "status": status,
                "due_date": due,
            },
            headers=admin,
        )
        assert response.status_code == 201, response.text

    async def numbers(query: str) -> list[str]:
        response = await client.get(f"{base}?{query}", headers=admin)
        assert response.status_code == 200, response.text
        return sorted(d["number"] for d in response.json()["items"])

    assert await numbers("overdue=true") == ["disputed", "late"]
    assert await numbers("overdue=false") == ["later", "paid", "undated"]
    assert await numbers("open=true") == ["disputed", "late", "later", "undated"]
    assert await numbers("open=false") == ["paid"]
    assert await numbers("status=disputed&status=paid") == ["disputed", "paid"]
    everything = (await client.get(base, headers=admin)).json()["items"]
    assert everything[-1]["number"] == "undated"  # undated documents come last
    across = await client.get(
        f"/v1/documents?customer_id={tenant.alice_customer}&overdue=true", headers=admin
    )
    assert sorted(d["number"] for d in across.json()["items"]) == ["disputed", "late"]


async def test_qualification_is_written_to_history(
    client: AsyncClient, tenant: Tenant, owner: asyncpg.Connection
) -> None:
    created = await client.post(
        f"/v1/customers/{tenant.alice_customer}/documents",
        json={"external_ref": f"H-{tenant.slug}", "number": "H-1", "amount": "10"},
        headers=bearer(tenant.admin_key),
    )
    document = created.json()["id"]
    response = await client.patch(
        f"/v1/documents/{document}",
        json={"status": "disputed"},
        headers=bearer(tenant.alice_key),
    )
    assert response.status_code == 200
    events = await owner.fetch(
        "select kind, status, actor_user_id, data from history_events where document_id = $1",
        document,
    )
    assert len(events) == 1
    assert events[0]["status"] == "disputed"
    assert events[0]["actor_user_id"] == tenant.alice_id


async def test_payment_allocated_to_another_customers_document_is_refused(
    client: AsyncClient, tenant: Tenant
) -> None:
    admin = bearer(tenant.admin_key)
    document = await client.post(
        f"/v1/customers/{tenant.bob_customer}/documents",
        json={"external_ref": f"B-{tenant.slug}", "number": "B-1", "amount": "10"},
        headers=admin,
    )
    response = await client.post(
        f"/v1/customers/{tenant.alice_customer}/payments",
        json={
            "external_ref": f"PX-{tenant.slug}",
            "amount": "10",
            "paid_on": "2025-01-01",
            "document_id": document.json()["id"],
        },
        headers=admin,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "document_id"


async def test_document_and_payment_round_trip(client: AsyncClient, tenant: Tenant) -> None:
    admin = bearer(tenant.admin_key)
    created = await client.post(
        f"/v1/customers/{tenant.alice_customer}/documents",
        json={
            "external_ref": f"RT-{tenant.slug}",
            "number": "RT-1",
            "kind": "credit_note",
            "amount": "-20.00",
            "issue_date": "2025-01-01",
            "due_date": "2025-02-01",
            "currency": "USD",
            "custom_fields": {"po": "PO-7"},
        },
        headers=admin,
    )
    assert created.status_code == 201, created.text
    document = created.json()
    assert document["kind"] == "credit_note"
    assert document["currency"] == "USD"
    patched = await client.patch(
        f"/v1/documents/{document['id']}",
        json={"open_amount": "-5.25", "custom_fields": {"po": None}},
        headers=admin,
    )
    assert patched.json()["open_amount"] == "-5.25"
    assert patched.json()["custom_fields"] == {}
    duplicate = await client.post(
        f"/v1/customers/{tenant.alice_customer}/documents",
        json={"external_ref": f"RT-{tenant.slug}", "number": "RT-1", "amount": "1"},
        headers=admin,
    )
    assert duplicate.status_code == 409

    payment = await client.post(
        f"/v1/customers/{tenant.alice_customer}/payments",
        json={
            "external_ref": f"PAY-{tenant.slug}",
            "amount": "1234.56",
            "paid_on": "2025-03-01",
            "document_id": document["id"],
            "method": "transfer",
        },
        headers=admin,
    )
    assert payment.status_code == 201, payment.text
    assert payment.json()["amount"] == "1234.56"
    changed = await client.patch(
        f"/v1/payments/{payment.json()['id']}", json={"amount": "1234.57"}, headers=admin
    )
    assert changed.json()["amount"] == "1234.57"
    assert changed.json()["document_id"] == document["id"]
    assert (
        await client.delete(f"/v1/payments/{payment.json()['id']}", headers=admin)
    ).status_code == 204
    assert (
        await client.delete(f"/v1/documents/{document['id']}", headers=admin)
    ).status_code == 204
    assert (await client.get(f"/v1/documents/{document['id']}", headers=admin)).status_code == 404
