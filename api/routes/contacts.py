"""Contacts: per customer and by id. Collectors manage their own customers' contacts."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, delete, get, patch, post
from litestar.params import FromPath, JSONBody

from api.access import keep, row_or_404, visible_customer
from api.deps import PoolDep, PrincipalDep, collector_scope
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.contacts import Contact, ContactCreate, ContactPatch
from core.db import unit_of_work
from core.errors import Conflict, NotFound
from core.sql import load


class ContactController(Controller):
    """/v1/customers/{id}/contacts and /v1/contacts/{id}."""

    path = "/"
    tags = ("contacts",)

    @get("/customers/{customer_id:uuid}/contacts", summary="List a customer's contacts")
    async def list_contacts(
        self,
        customer_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[Contact]:
        """The customer's contacts, by external reference; 404 for a customer not visible."""
        after = decode_cursor(cursor, 1)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            rows = await conn.fetch(
                load().list_contacts, customer_id, after[0] if after else None, limit + 1
            )
        return page_of([Contact.from_row(r) for r in rows], limit, lambda c: [c.external_ref])

    @post("/customers/{customer_id:uuid}/contacts", summary="Add a contact")
    async def create_contact(
        self,
        customer_id: FromPath[UUID],
        data: JSONBody[ContactCreate],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Contact:
        """A new contact; 409 when its external reference is taken."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await visible_customer(conn, customer_id, principal)
            row = await conn.fetchrow(
                load().insert_contact,
                customer_id,
                data.external_ref,
                data.name,
                data.email,
                data.phone,
                data.postal_address,
                data.is_collection_contact,
                data.language,
            )
        if row is None:
            raise Conflict(f"a contact with reference {data.external_ref!r} already exists")
        return Contact.from_row(row)

    @get("/contacts/{contact_id:uuid}", summary="Get a contact")
    async def get_contact(
        self, contact_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> Contact:
        """One contact; 404 when its customer is not visible to the caller."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            row = await row_or_404(
                conn, load().get_contact, contact_id, collector_scope(principal), what="contact"
            )
        return Contact.from_row(row)

    @patch("/contacts/{contact_id:uuid}", summary="Change a contact")
    async def patch_contact(
        self,
        contact_id: FromPath[UUID],
        data: JSONBody[ContactPatch],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> Contact:
        """Change some fields; a new email clears the address's undeliverable mark."""
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            old = Contact.from_row(
                await row_or_404(
                    conn, q.lock_contact, contact_id, collector_scope(principal), what="contact"
                )
            )
            row = await conn.fetchrow(
                q.update_contact,
                contact_id,
                keep(data.name, old.name),
                keep(data.email, old.email),
                keep(data.phone, old.phone),
                keep(data.postal_address, old.postal_address),
                keep(data.is_collection_contact, old.is_collection_contact),
                keep(data.language, old.language),
            )
        assert row is not None  # locked above, in this transaction
        return Contact.from_row(row)

    @delete("/contacts/{contact_id:uuid}", summary="Delete a contact")
    async def delete_contact(
        self, contact_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> None:
        """Remove a contact of a customer the caller may see."""
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            if await conn.fetchrow(q.lock_contact, contact_id, collector_scope(principal)) is None:
                raise NotFound("no such contact")
            await conn.execute(q.delete_contact, contact_id)
