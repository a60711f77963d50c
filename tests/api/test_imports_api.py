"""Bulk upsert endpoints: the all-or-nothing import over HTTP."""

from __future__ import annotations

import asyncpg
import httpx

from core.db import Pool
from tests.api.conftest import bearer, make_tenant

CUSTOMERS = [
    {"number": "E-1", "name": "Erp One", "currency": "EUR"},
    {"number": "E-2", "name": "Erp Two", "custom.region": "north"},
]


async def test_json_upsert_is_idempotent(
    pool: Pool, client: httpx.AsyncClient, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await make_tenant(pool, client, f"bulk-{unique}")
    headers = bearer(tenant.admin_key)
    first = await client.post("/v1/imports/customers", json=CUSTOMERS, headers=headers)
    assert first.status_code == 200, first.text
    assert first.json() | {"kind": "customers"} == {
        "kind": "customers",
        "rows": 2,
        "inserted": 2,
        "updated": 0,
        "unchanged": 0,
    }
    again = await client.post("/v1/imports/customers", json=CUSTOMERS, headers=headers)
    assert again.json()["unchanged"] == 2 and again.json()["inserted"] == 0
    documents = [
        {
            "external_ref": "D-1",
            "customer_number": "E-1",
            "number": "INV-1",
            "amount": 1234.56,
            "due_date": "2026-12-01",
        },
        {
            "external_ref": "D-2",
            "customer_number": "E-2",
            "number": "INV-2",
            "amount": "0.10",
            "currency": "EUR",
        },
    ]
    response = await client.post("/v1/imports/documents", json=documents, headers=headers)
    assert response.status_code == 200, response.text
    amounts = await owner.fetch(
        "select number, amount from documents where tenant_id = $1 order by number", tenant.id
    )
    assert [str(r["amount"].normalize()) for r in amounts] == ["1234.56", "0.1"]


async def test_bad_rows_are_all_reported_and_nothing_written(
    pool: Pool, client: httpx.AsyncClient, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await make_tenant(pool, client, f"bulkbad-{unique}")
    rows = [
        {"external_ref": "D-1", "customer_number": "NOPE", "number": "INV-1", "amount": "10"},
        {"external_ref": "D-2", "customer_number": "ALICE-1", "number": "INV-2", "amount": "x"},
        {
            "external_ref": "D-3",
            "customer_number": "ALICE-1",
            "number": "INV-3",
            "amount": "5",
            "currency": "EURO",
        },
    ]
    response = await client.post(
        "/v1/imports/documents", json=rows, headers=bearer(tenant.admin_key)
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problems = response.json()["errors"]
    assert {(p["line"], p["column"]) for p in problems} >= {
        (1, "customer_number"),
        (2, "amount"),
        (3, "currency"),
    }
    assert (
        await owner.fetchval("select count(*) from documents where tenant_id = $1", tenant.id) == 0
    )


async def test_csv_body_and_roles(pool: Pool, client: httpx.AsyncClient, unique: str) -> None:
    tenant = await make_tenant(pool, client, f"bulkcsv-{unique}")
    csv = b"number;name;currency\nC-9;Semicolon Co;EUR\n"
    response = await client.post(
        "/v1/imports/customers",
        content=csv,
        headers={**bearer(tenant.admin_key), "Content-Type": "text/csv"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["inserted"] == 1
    collector = await client.post(
        "/v1/imports/customers", json=CUSTOMERS, headers=bearer(tenant.alice_key)
    )
    assert collector.status_code == 403
    unknown = await client.post("/v1/imports/widgets", json=[], headers=bearer(tenant.admin_key))
    assert unknown.status_code == 404
