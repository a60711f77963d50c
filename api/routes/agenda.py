"""The collection agenda: Replies & Comments and the unassigned queue."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from litestar import Controller, get, post
from litestar.params import FromPath, JSONBody

from api.deps import PoolDep, PrincipalDep, collector_scope
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.agenda import AgendaReply, Assignment, UnassignedMessage
from core.db import unit_of_work
from core.errors import NotFound
from core.sql import load


def _after(cursor: str | None) -> tuple[datetime | None, UUID | None]:
    key = decode_cursor(cursor, 2)
    if key is None:
        return None, None
    return datetime.fromisoformat(key[0]), UUID(key[1])


class AgendaController(Controller):
    """/v1/agenda: what collectors work through; a collector sees their own customers."""

    path = "/agenda"
    tags = ("agenda",)

    @get("/replies", summary="Pending replies and comments, newest first")
    async def replies(
        self,
        pool: PoolDep,
        principal: PrincipalDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[AgendaReply]:
        """Replies read by MAIA waiting to be validated, saved or deleted."""
        after_at, after_id = _after(cursor)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            rows = await conn.fetch(
                load().agenda_replies, collector_scope(principal), after_at, after_id, limit + 1
            )
        return page_of(
            [AgendaReply.from_row(r) for r in rows],
            limit,
            lambda r: [r.received_at.isoformat(), str(r.id)],
        )

    @get("/unassigned", summary="Captured mail no customer could be found for")
    async def unassigned(
        self,
        pool: PoolDep,
        principal: PrincipalDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[UnassignedMessage]:
        """Messages the attribution chain could not place (or placed on several customers)."""
        after_at, after_id = _after(cursor)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            rows = await conn.fetch(load().agenda_unassigned, after_at, after_id, limit + 1)
        items = [
            UnassignedMessage(
                id=r["id"],
                received_at=r["received_at"],
                from_address=r["from_address"],
                from_name=r["from_name"],
                subject=r["subject"],
                attribution_rule=r["attribution_rule"],
                attribution_detail=r["attribution_detail"],
                attachment_count=r["attachment_count"],
                kind=r["kind"],
                authenticated=r["authenticated"],
                text=r["text"],
                summary=r["summary"],
                intents=list(r["intents"]) if r["intents"] is not None else None,
            )
            for r in rows
        ]
        return page_of(items, limit, lambda m: [m.received_at.isoformat(), str(m.id)])

    @post(
        "/unassigned/{message_id:uuid}/assign",
        summary="Assign a captured message to a customer",
        status_code=200,
    )
    async def assign(
        self,
        message_id: FromPath[UUID],
        data: JSONBody[Assignment],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> dict[str, str]:
        """Attribute the message (and its reply) to a customer the caller may see."""
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            visible = await conn.fetchval(
                q.customer_visible, data.customer_id, collector_scope(principal)
            )
            if visible is None:
                raise NotFound("no such customer")
            if (
                await conn.fetchval(
                    q.assign_inbound, message_id, data.customer_id, str(principal.user_id)
                )
                is None
            ):
                raise NotFound("no such unassigned message")
            await conn.execute(q.assign_reply, message_id, data.customer_id)
            await conn.execute(q.rematch_reply_documents, message_id, data.customer_id)
        return {"id": str(message_id), "customer_id": str(data.customer_id)}
