"""Payments: per customer, by id, and across customers; written by admins (ERP data)."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from litestar import Controller, delete, get, patch, post
from litestar.params import FromPath, FromQuery, JSONBody

from api.access import keep, row_or_404, visible_customer
from api.deps import PoolDep, PrincipalDep, collector_scope
from api.guards import admin_only
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.common import check_currency
from api.schemas.payments import Payment, PaymentCreate, PaymentPatch
from core.accounts import Principal
from core.db import Connection, unit_of_work
from core.errors import Conflict, InvalidInput, NotFound
from core.sql import load


def _sort_key(payment: Payment) -> list[str]:
    return [payment.paid_on.isoformat(), str(payment.id)]


async def _list(
    conn: Connection,
    principal: Principal,
    customer_id: UUID | None,
    cursor: str | None,
    limit: int,
) -> Page[Payment]:
    after = decode_cursor(cursor, 2)
    rows = await conn.fetch(
        load().list_payments,
        collector_scope(principal),
        customer_id,
        after[0] if after else None,
        UUID(after[1]) if after else None,
        limit + 1,
    )
    return page_of([Payment.from_row(r) for r in rows], limit, _sort_key)


async def _check_document(conn: Connection, document_id: UUID | None, customer_id: UUID) -> None:
    """A payment is allocated only to a document of its own customer."""
    if document_id is None:
        return
    if not await conn.fetchval(load().document_of_customer, document_id, customer_id):
        raise InvalidInput(
            "the document is not one of this customer's",
            problems=[{"field": "document_id", "message": "no document of this customer"}],
        )


class PaymentController(Controller):
    """/v1/payments and /v1/customers/{id}/payments."""

    path = "/"
    tags = ("payments",)

    @get("/payments", summary="List payments")
    async def list_payments(
        self,
        pool: PoolDep,
        principal: PrincipalDep,
        customer_id: FromQuery[UUID | None] = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Payment]:
        """Payments of every customer the caller may see, newest first."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return await _list(conn, principal, customer_id, cursor, limit)

    @get("/customers/{customer_id:uuid}/payments", summary="List a customer's payments")
    async def list_customer_payments(
        self,
        customer_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Payment]:
        """The customer's payments, newest first; 404 for a customer not visible."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            return await _list(conn, principal, customer_id, cursor, limit)

    @post("/customers/{customer_id:uuid}/payments", summary="Add a payment", guards=[admin_only])
    async def create_payment(
        self,
        customer_id: FromPath[UUID],
        data: JSONBody[PaymentCreate],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Payment:
        """A new payment; the currency defaults to the customer's, then the tenant's."""
        check_currency("currency", data.currency)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            await _check_document(conn, data.document_id, customer_id)
            row = await conn.fetchrow(
                load().insert_payment,
                customer_id,
                data.external_ref,
                data.document_id,
                Decimal(data.amount),
                data.currency,
                data.paid_on,
                data.method,
                data.reference,
            )
        if row is None:
            raise Conflict(f"a payment with reference {data.external_ref!r} already exists")
        return Payment.from_row(row)

    @get("/payments/{payment_id:uuid}", summary="Get a payment")
    async def get_payment(
        self, payment_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> Payment:
        """One payment; 404 when its customer is not visible to the caller."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            row = await row_or_404(
                conn, load().get_payment, payment_id, collector_scope(principal), what="payment"
            )
        return Payment.from_row(row)

    @patch("/payments/{payment_id:uuid}", summary="Change a payment", guards=[admin_only])
    async def patch_payment(
        self,
        payment_id: FromPath[UUID],
        data: JSONBody[PaymentPatch],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Payment:
        """Change some fields of a payment."""
        if isinstance(data.currency, str):
            check_currency("currency", data.currency)
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            current = await row_or_404(conn, q.lock_payment, payment_id, what="payment")
            document_id = keep(data.document_id, current["document_id"])
            if document_id != current["document_id"]:
                await _check_document(conn, document_id, current["customer_id"])
            row = await conn.fetchrow(
                q.update_payment,
                payment_id,
                document_id,
                Decimal(data.amount) if isinstance(data.amount, str) else current["amount"],
                keep(data.currency, current["currency"]),
                keep(data.paid_on, current["paid_on"]),
                keep(data.method, current["method"]),
                keep(data.reference, current["reference"]),
            )
        assert row is not None  # locked above, in this transaction
        return Payment.from_row(row)

    @delete("/payments/{payment_id:uuid}", summary="Delete a payment", guards=[admin_only])
    async def delete_payment(
        self, payment_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> None:
        """Delete a payment."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            if await conn.fetchval(load().delete_payment, payment_id) is None:
                raise NotFound("no such payment")
