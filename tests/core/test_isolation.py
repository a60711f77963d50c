"""Tenant isolation is enforced by PostgreSQL itself, through the application's own role."""

from __future__ import annotations

import asyncpg
import pytest

from core.accounts import create_tenant
from core.capture import new_token
from core.db import Pool, unit_of_work
from core.ids import TenantId

TENANT_TABLES = [
    "tenants",
    "users",
    "api_keys",
    "custom_field_definitions",
    "templates",
    "scenarios",
    "scenario_steps",
    "customers",
    "contacts",
    "documents",
    "payments",
    "actions",
    "action_documents",
    "outbound_messages",
    "inbound_messages",
    "replies",
    "reply_documents",
    "reply_files",
    "history_events",
    "alerts",
    "alert_hits",
]


async def _tenant_with_customer(pool: Pool, slug: str) -> tuple[TenantId, str]:
    tenant = await create_tenant(pool, slug, slug.upper())
    async with unit_of_work(pool, tenant) as conn:
        customer = await conn.fetchval(
            "insert into customers (tenant_id, number, name, capture_token)"
            " values ($1, 'C1', 'Customer of ' || $2, $3) returning id::text",
            tenant,
            slug,
            new_token(),
        )
        await conn.execute(
            "insert into documents (tenant_id, customer_id, external_ref, number, currency,"
            " amount, open_amount) values ($1, $2, 'D1', 'INV-1', 'EUR', 100, 100)",
            tenant,
            customer,
        )
    return tenant, customer


async def test_app_role_cannot_bypass_rls(pool: Pool) -> None:
    async with pool.acquire() as conn:
        row = await conn.fetchrow(
            "select rolsuper, rolbypassrls from pg_roles where rolname = current_user"
        )
        assert current_user_is_app(await conn.fetchval("select current_user"))
    assert row is not None and not row["rolsuper"] and not row["rolbypassrls"]


def current_user_is_app(name: str) -> bool:
    return name == "relance_app"


async def test_every_tenant_table_forces_rls(owner: asyncpg.Connection) -> None:
    rows = await owner.fetch(
        "select relname, relrowsecurity, relforcerowsecurity from pg_class"
        " where relname = any($1::text[]) and relkind = 'r'",
        TENANT_TABLES,
    )
    assert {r["relname"] for r in rows} == set(TENANT_TABLES)
    assert all(r["relrowsecurity"] and r["relforcerowsecurity"] for r in rows)
    # And no table with a tenant_id column escapes the list.
    owned = await owner.fetch(
        "select distinct table_name from information_schema.columns"
        " where column_name = 'tenant_id' and table_schema = 'public'"
    )
    assert {r["table_name"] for r in owned} <= set(TENANT_TABLES)


async def test_no_tenant_set_reads_empty(pool: Pool, unique: str) -> None:
    await _tenant_with_customer(pool, f"iso-none-{unique}")
    async with unit_of_work(pool, None) as conn:
        for table in TENANT_TABLES:
            count = await conn.fetchval(f"select count(*) from {table}")
            assert count == 0, table


async def test_tenant_a_cannot_touch_tenant_b(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant_a, _ = await _tenant_with_customer(pool, f"iso-a-{unique}")
    tenant_b, customer_b = await _tenant_with_customer(pool, f"iso-b-{unique}")
    async with unit_of_work(pool, tenant_a) as conn:
        # Reading: B's rows are invisible, even by id or with a hand-written predicate.
        assert await conn.fetchval("select count(*) from customers where id = $1", customer_b) == 0
        assert (
            await conn.fetchval("select count(*) from documents where tenant_id = $1", tenant_b)
            == 0
        )
        assert await conn.fetchval("select count(*) from tenants") == 1
        # Updating and deleting B's rows touches nothing.
        assert (
            await conn.execute("update customers set name = 'pwned' where id = $1", customer_b)
            == "UPDATE 0"
        )
        assert (
            await conn.execute("delete from documents where tenant_id = $1", tenant_b) == "DELETE 0"
        )
        assert (
            await conn.execute("update tenants set name = 'pwned' where id = $1", tenant_b)
            == "UPDATE 0"
        )
        # Inserting a row for B is refused by the policy's WITH CHECK.
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute(
                "insert into documents (tenant_id, customer_id, external_ref, number, currency,"
                " amount, open_amount) values ($1, $2, 'X', 'X', 'EUR', 1, 1)",
                tenant_b,
                customer_b,
            )
    # Moving A's own row into B is refused too.
    async with unit_of_work(pool, tenant_a) as conn:
        with pytest.raises(asyncpg.InsufficientPrivilegeError):
            await conn.execute("update customers set tenant_id = $1", tenant_b)
    # B's data is intact, as the owner sees it.
    assert (
        await owner.fetchval("select name from customers where id = $1", customer_b)
        == "Customer of " + f"iso-b-{unique}"
    )
    assert (
        await owner.fetchval("select count(*) from documents where tenant_id = $1", tenant_b) == 1
    )


async def test_app_role_cannot_switch_off_rls(pool: Pool) -> None:
    async with pool.acquire() as conn:
        for statement in (
            "set row_security = off; select count(*) from customers",
            "alter table customers disable row level security",
            "set role postgres",
        ):
            with pytest.raises(asyncpg.PostgresError):
                async with conn.transaction():
                    await conn.execute(statement)
                    # row_security=off raises only when a policy would filter rows.
                    await conn.fetchval("select count(*) from customers")
                    raise asyncpg.PostgresError("statement was allowed")


async def test_tenant_context_does_not_leak_between_units(pool: Pool, unique: str) -> None:
    tenant, _ = await _tenant_with_customer(pool, f"iso-leak-{unique}")
    async with unit_of_work(pool, tenant) as conn:
        assert await conn.fetchval("select count(*) from customers") == 1
    async with unit_of_work(pool, None) as conn:
        assert await conn.fetchval("select count(*) from customers") == 0
