"""Documents: per customer, by id, and across customers with status/open/overdue filters."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated
from uuid import UUID

import msgspec
from litestar import Controller, delete, get, patch, post
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from api.access import admin_fields_only, keep, row_or_404, visible_customer
from api.deps import PoolDep, PrincipalDep, collector_scope
from api.guards import admin_only
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.common import check_currency, merge_custom_fields
from api.schemas.documents import Document, DocumentCreate, DocumentPatch, Status
from core.accounts import Principal
from core.db import Connection, unit_of_work
from core.errors import Conflict, NotFound
from core.sql import load

# Qualification fields: a collector may set these on their own customers' documents.
COLLECTOR_FIELDS = {"status", "promise_date"}
UNDATED = "infinity"  # sorts undated documents last; PostgreSQL reads it as a date


def _sort_key(document: Document) -> list[str]:
    due = document.due_date.isoformat() if document.due_date else UNDATED
    return [due, str(document.id)]


async def _list(
    conn: Connection,
    principal: Principal,
    customer_id: UUID | None,
    status: list[Status] | None,
    overdue: bool | None,
    open_only: bool | None,
    cursor: str | None,
    limit: int,
) -> Page[Document]:
    after = decode_cursor(cursor, 2)
    rows = await conn.fetch(
        load().list_documents,
        collector_scope(principal),
        customer_id,
        status or None,
        overdue,
        open_only,
        after[0] if after else None,
        UUID(after[1]) if after else None,
        limit + 1,
    )
    return page_of([Document.from_row(r) for r in rows], limit, _sort_key)


async def _get(conn: Connection, document_id: UUID, principal: Principal) -> Document:
    row = await row_or_404(
        conn, load().get_document, document_id, collector_scope(principal), what="document"
    )
    return Document.from_row(row)


StatusFilter = Annotated[
    list[Status] | None, QueryParameter(description="Only these statuses (repeat the parameter).")
]
OverdueFilter = Annotated[
    bool | None, QueryParameter(description="true: only overdue; false: only not overdue.")
]
OpenFilter = Annotated[
    bool | None,
    QueryParameter(
        name="open", description="true: only open (money still expected); false: settled."
    ),
]


class DocumentController(Controller):
    """/v1/documents and /v1/customers/{id}/documents."""

    path = "/"
    tags = ("documents",)

    @get("/documents", summary="List documents")
    async def list_documents(
        self,
        pool: PoolDep,
        principal: PrincipalDep,
        customer_id: FromQuery[UUID | None] = None,
        status: StatusFilter = None,
        overdue: OverdueFilter = None,
        open_only: OpenFilter = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Document]:
        """Documents of every customer the caller may see, by due date (undated last)."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return await _list(
                conn, principal, customer_id, status, overdue, open_only, cursor, limit
            )

    @get("/customers/{customer_id:uuid}/documents", summary="List a customer's documents")
    async def list_customer_documents(
        self,
        customer_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
        status: StatusFilter = None,
        overdue: OverdueFilter = None,
        open_only: OpenFilter = None,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Document]:
        """The customer's documents; 404 for a customer not visible to the caller."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            return await _list(
                conn, principal, customer_id, status, overdue, open_only, cursor, limit
            )

    @post(
        "/customers/{customer_id:uuid}/documents",
        summary="Add a document",
        guards=[admin_only],
    )
    async def create_document(
        self,
        customer_id: FromPath[UUID],
        data: JSONBody[DocumentCreate],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Document:
        """A new document; the currency defaults to the customer's, then the tenant's."""
        check_currency("currency", data.currency)
        open_amount = data.open_amount if data.open_amount is not None else data.amount
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            document_id = await conn.fetchval(
                load().insert_document,
                customer_id,
                data.external_ref,
                data.kind,
                data.number,
                data.issue_date,
                data.due_date,
                data.currency,
                Decimal(data.amount),
                Decimal(open_amount),
                data.status,
                data.promise_date,
                data.pdf_url,
                data.custom_fields,
            )
            if document_id is None:
                raise Conflict(f"a document with reference {data.external_ref!r} already exists")
            return await _get(conn, document_id, principal)

    @get("/documents/{document_id:uuid}", summary="Get a document")
    async def get_document(
        self, document_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> Document:
        """One document; 404 when its customer is not visible to the caller."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return await _get(conn, document_id, principal)

    @patch("/documents/{document_id:uuid}", summary="Change a document")
    async def patch_document(
        self,
        document_id: FromPath[UUID],
        data: JSONBody[DocumentPatch],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Document:
        """Change some fields; a status or promise date change is written to the history."""
        admin_fields_only(principal, data, COLLECTOR_FIELDS)
        if isinstance(data.currency, str):
            check_currency("currency", data.currency)
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            row = await row_or_404(
                conn, q.lock_document, document_id, collector_scope(principal), what="document"
            )
            status = keep(data.status, row["status"])
            promise_date = keep(data.promise_date, row["promise_date"])
            custom = row["custom_fields"]
            if isinstance(data.custom_fields, dict):
                custom = merge_custom_fields(custom, data.custom_fields)
            await conn.execute(
                q.update_document,
                document_id,
                keep(data.kind, row["kind"]),
                keep(data.number, row["number"]),
                keep(data.issue_date, row["issue_date"]),
                keep(data.due_date, row["due_date"]),
                keep(data.currency, row["currency"]),
                Decimal(data.amount) if isinstance(data.amount, str) else row["amount"],
                Decimal(data.open_amount)
                if isinstance(data.open_amount, str)
                else row["open_amount"],
                status,
                promise_date,
                keep(data.pdf_url, row["pdf_url"]),
                custom,
            )
            if (status, promise_date) != (row["status"], row["promise_date"]):
                await conn.execute(
                    q.insert_document_history,
                    row["customer_id"],
                    document_id,
                    status,
                    promise_date,
                    principal.user_id,
                    msgspec.to_builtins(
                        {
                            "previous_status": row["status"],
                            "previous_promise_date": row["promise_date"],
                        }
                    ),
                )
            return await _get(conn, document_id, principal)

    @delete("/documents/{document_id:uuid}", summary="Delete a document", guards=[admin_only])
    async def delete_document(
        self, document_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> None:
        """Delete a document (its history goes with it)."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            if await conn.fetchval(load().delete_document, document_id) is None:
                raise NotFound("no such document")
