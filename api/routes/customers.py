"""Customers: list with filters, read, create, patch, delete, and the capture address."""

from __future__ import annotations

import re
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, delete, get, patch, post
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from api.access import admin_fields_only, keep, row_or_404, visible_customer
from api.deps import PoolDep, PrincipalDep, SettingsDep, collector_scope
from api.guards import admin_only
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.common import CUSTOM_KEY, check_currency, merge_custom_fields
from api.schemas.customers import CaptureAddress, Customer, CustomerCreate, CustomerPatch
from core.accounts import Principal
from core.capture import capture_address, new_token
from core.db import Connection, unit_of_work
from core.errors import Conflict, InvalidInput, NotFound
from core.settings import Settings
from core.sql import load

CUSTOM_PREFIX = "custom."
_CUSTOM_KEY = re.compile(CUSTOM_KEY)
# Fields a collector may change on their own customers; the rest is the admin's.
COLLECTOR_FIELDS = {"name", "capture_enabled", "interactive_enabled", "language", "custom_fields"}


def custom_filters(request: Request[Any, Any, Any]) -> dict[str, str]:
    """`?custom.<key>=<value>` pairs: customers whose custom field equals the value (as text)."""
    wanted: dict[str, str] = {}
    for name, value in request.query_params.items():
        if not name.startswith(CUSTOM_PREFIX):
            continue
        key = name[len(CUSTOM_PREFIX) :]
        if not _CUSTOM_KEY.match(key):
            raise InvalidInput(
                f"{name!r} does not name a custom field",
                problems=[{"field": name, "message": "custom field keys are [a-z][a-z0-9_]*"}],
            )
        wanted[key] = value
    return wanted


def like_pattern(search: str) -> str:
    """An ILIKE pattern matching `search` anywhere, its wildcards taken literally."""
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def _check_references(
    conn: Connection, collector_id: UUID | None, scenario_id: UUID | None
) -> None:
    q = load()
    problems: list[dict[str, object]] = []
    if collector_id is not None and not await conn.fetchval(q.active_user_exists, collector_id):
        problems.append({"field": "collector_id", "message": "no active user has this id"})
    if scenario_id is not None and not await conn.fetchval(q.scenario_exists, scenario_id):
        problems.append({"field": "scenario_id", "message": "no scenario has this id"})
    if problems:
        raise InvalidInput("a referenced row does not exist", problems=problems)


class CustomerController(Controller):
    """/v1/customers: collectors see their own customers, admins the whole tenant."""

    path = "/customers"
    tags = ("customers",)

    @get(
        "/",
        summary="List customers",
        description="Filters: `collector`, `search` (number or name), and any number of "
        "`custom.<key>=<value>` custom-field equalities. Ordered by number.",
    )
    async def list_customers(
        self,
        request: Request[Any, Any, Any],
        pool: PoolDep,
        principal: PrincipalDep,
        collector: FromQuery[UUID | None] = None,
        search: Annotated[str | None, QueryParameter(max_length=200)] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Customer]:
        """A page of the customers the caller may see, filtered."""
        after = decode_cursor(cursor, 1)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            rows = await conn.fetch(
                load().list_customers,
                collector_scope(principal),
                collector,
                like_pattern(search) if search else None,
                custom_filters(request),
                after[0] if after else None,
                limit + 1,
            )
        return page_of([Customer.from_row(r) for r in rows], limit, lambda c: [c.number])

    @get("/{customer_id:uuid}", summary="Get a customer")
    async def get_customer(
        self, customer_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> Customer:
        """One customer; 404 when it does not exist or belongs to another collector."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return Customer.from_row(await visible_customer(conn, customer_id, principal))

    @post("/", summary="Create a customer", guards=[admin_only])
    async def create_customer(
        self, data: JSONBody[CustomerCreate], pool: PoolDep, principal: PrincipalDep
    ) -> Customer:
        """A new customer with a fresh capture token; 409 when its number is taken."""
        check_currency("currency", data.currency)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await _check_references(conn, data.collector_id, data.scenario_id)
            row = await conn.fetchrow(
                load().insert_customer,
                data.number,
                data.name,
                data.collector_id,
                data.scenario_id,
                data.capture_enabled,
                new_token(),
                data.interactive_enabled,
                data.language,
                data.currency,
                data.vat_number,
                data.custom_fields,
            )
        if row is None:
            raise Conflict(f"a customer numbered {data.number!r} already exists")
        return Customer.from_row(row)

    @patch("/{customer_id:uuid}", summary="Change a customer")
    async def patch_customer(
        self,
        customer_id: FromPath[UUID],
        data: JSONBody[CustomerPatch],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Customer:
        """Change some fields; a collector may not reassign a customer or its scenario."""
        admin_fields_only(principal, data, COLLECTOR_FIELDS)
        if isinstance(data.currency, str):
            check_currency("currency", data.currency)
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            old = Customer.from_row(
                await row_or_404(
                    conn, q.lock_customer, customer_id, collector_scope(principal), what="customer"
                )
            )
            collector_id = keep(data.collector_id, old.collector_id)
            scenario_id = keep(data.scenario_id, old.scenario_id)
            await _check_references(
                conn,
                collector_id if collector_id != old.collector_id else None,
                scenario_id if scenario_id != old.scenario_id else None,
            )
            custom = old.custom_fields
            if isinstance(data.custom_fields, dict):
                custom = merge_custom_fields(custom, data.custom_fields)
            row = await conn.fetchrow(
                q.update_customer,
                customer_id,
                keep(data.name, old.name),
                collector_id,
                scenario_id,
                keep(data.capture_enabled, old.capture_enabled),
                keep(data.interactive_enabled, old.interactive_enabled),
                keep(data.language, old.language),
                keep(data.currency, old.currency),
                keep(data.vat_number, old.vat_number),
                custom,
            )
        assert row is not None  # locked above, in this transaction
        return Customer.from_row(row)

    @delete("/{customer_id:uuid}", summary="Delete a customer", guards=[admin_only])
    async def delete_customer(
        self, customer_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> None:
        """Delete a customer with its contacts, documents, payments and history."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            if await conn.fetchval(load().delete_customer, customer_id) is None:
                raise NotFound("no such customer")

    @get("/{customer_id:uuid}/capture-address", summary="Get the capture address")
    async def get_capture_address(
        self,
        customer_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
        settings: SettingsDep,
    ) -> CaptureAddress:
        """The address to put in CC of reminders; replies sent to it reach this customer."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return await _capture(conn, customer_id, principal, settings)

    @post(
        "/{customer_id:uuid}/capture-address/rotate",
        summary="Rotate the capture address",
        guards=[admin_only],
        status_code=200,
    )
    async def rotate_capture_address(
        self,
        customer_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
        settings: SettingsDep,
    ) -> CaptureAddress:
        """Issue a new token: the old address stops accepting mail at once."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            if await conn.fetchval(load().rotate_capture_token, customer_id, new_token()) is None:
                raise NotFound("no such customer")
            return await _capture(conn, customer_id, principal, settings)


async def _capture(
    conn: Connection, customer_id: UUID, principal: Principal, settings: Settings
) -> CaptureAddress:
    row = await row_or_404(
        conn, load().customer_capture, customer_id, collector_scope(principal), what="customer"
    )
    return CaptureAddress(
        customer_id=customer_id,
        address=capture_address(
            principal.tenant_slug, row["number"], row["capture_token"], settings.reply_domain
        ),
        active=row["capture_enabled"] and row["tenant_capture_enabled"],
        customer_capture_enabled=row["capture_enabled"],
        tenant_capture_enabled=row["tenant_capture_enabled"],
        rotated_at=row["capture_token_rotated_at"],
    )
