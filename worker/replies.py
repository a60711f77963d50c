"""The database side of MAIA's job: read a stored message, record what MAIA proposes.

Idempotent: the reply row is unique per inbound message, so a job that runs twice (a retry, a
sweeper re-enqueue) records one reply. A message MAIA cannot read becomes a `failed` reply
carrying the reason and the raw text, so the collector still sees it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

import msgspec

from core.db import Connection
from core.sql import load
from worker.maia.types import KnownDocument, MaiaResult, MailInput

# Header fields MAIA uses to recognise automatic replies (RFC 3834 and the common variants).
_AUTO_HEADERS = {
    "auto-submitted": "auto_submitted",
    "x-autoreply": "x_autoreply",
    "x-autorespond": "x_autorespond",
    "precedence": "precedence",
    "x-auto-response-suppress": "x_auto_response_suppress",
}


class StoredMessage(msgspec.Struct, frozen=True, kw_only=True):
    """What the job needs of an inbound row besides MAIA's input."""

    id: UUID
    customer_id: UUID | None
    from_address: str
    from_name: str
    attachment_count: int
    authenticated: bool
    received_at: dt.datetime
    status: str
    text_body: str | None
    html_body: str | None


def _local_date(value: dt.datetime | None, offset_minutes: int | None) -> dt.datetime | None:
    """The Date header with its own UTC offset back (PostgreSQL keeps the instant only)."""
    if value is None:
        return None
    if offset_minutes is None:
        return value
    return value.astimezone(dt.timezone(dt.timedelta(minutes=offset_minutes)))


def mail_input(row: Any) -> MailInput:
    """Build MAIA's input from an inbound_messages row."""
    auto: dict[str, str] = {}
    listed: dict[str, list[str]] = {"to": [], "cc": []}
    for name, value in row["headers"] or []:
        if str(name).lower() in listed:
            listed[str(name).lower()].append(str(value))
        field = _AUTO_HEADERS.get(str(name).lower())
        if field and field not in auto:
            auto[field] = str(value)
    return MailInput(
        subject=row["subject"] or "",
        from_address=row["from_address"] or "",
        from_name=row["from_name"] or "",
        to=", ".join(listed["to"]),
        cc=", ".join(listed["cc"]),
        date=_local_date(row["date_header"], row["date_offset_minutes"]),
        text_body=row["text_body"],
        html_body=row["html_body"],
        **auto,
    )


async def load_message(
    conn: Connection, message_id: UUID
) -> tuple[StoredMessage, MailInput, list[KnownDocument]] | None:
    """The stored message, MAIA's input, and the customer's open documents; None if gone."""
    q = load()
    row = await conn.fetchrow(q.inbound_for_maia, message_id)
    if row is None:
        return None
    stored = StoredMessage(
        id=row["id"],
        customer_id=row["customer_id"],
        from_address=row["from_address"],
        from_name=row["from_name"],
        attachment_count=row["attachment_count"],
        authenticated=row["authenticated"],
        received_at=row["received_at"],
        status=row["status"],
        text_body=row["text_body"],
        html_body=row["html_body"],
    )
    documents: list[KnownDocument] = []
    if row["customer_id"] is not None:
        for doc in await conn.fetch(q.open_documents_of_customer, row["customer_id"]):
            documents.append(
                KnownDocument(number=doc["number"], document_id=str(doc["id"]), kind=doc["kind"])
            )
    return stored, mail_input(row), documents


async def already_read(conn: Connection, message_id: UUID) -> bool:
    """Whether a reply was already recorded for this message (the job ran before)."""
    return await conn.fetchval(load().reply_exists_for_inbound, message_id) is not None


async def save_result(conn: Connection, stored: StoredMessage, result: MaiaResult) -> UUID | None:
    """Record MAIA's proposal; None when another run recorded it first."""
    q = load()
    reply_id: UUID | None = await conn.fetchval(
        q.insert_reply,
        stored.customer_id,
        stored.id,
        "parsed",
        None,
        stored.from_name,
        stored.from_address,
        result.reply_text,
        result.summary,
        result.language,
        sorted(result.intents),
        result.promise_date,
        result.amount,
        result.currency,
        result.return_date,
        msgspec.to_builtins(result.alt_contact) if result.alt_contact else None,
        result.auto_submitted,
        stored.authenticated,
        stored.attachment_count,
        result.engine,
        result.engine_note,
        stored.received_at,
    )
    if reply_id is None:
        return None
    for position, doc in enumerate(result.documents):
        await conn.execute(
            q.insert_reply_document,
            reply_id,
            position,
            doc.number,
            UUID(doc.document_id) if doc.document_id else None,
            doc.status,
            doc.promise_date,
            doc.comment[:500],
            min(max(doc.confidence, 0.0), 1.0),
        )
    await conn.execute(q.mark_inbound_read, stored.id, "parsed", None)
    if stored.customer_id is not None:
        await conn.execute(
            q.insert_history_reply,
            stored.customer_id,
            "email",
            reply_id,
            result.summary,
            {"intents": sorted(result.intents)},
        )
    return reply_id


async def save_failure(conn: Connection, stored: StoredMessage, error: str) -> UUID | None:
    """Record that MAIA could not read the message; the raw text stays visible."""
    q = load()
    raw_text = stored.text_body or stored.html_body or ""
    reply_id: UUID | None = await conn.fetchval(
        q.insert_reply,
        stored.customer_id,
        stored.id,
        "failed",
        error[:1000],
        stored.from_name,
        stored.from_address,
        raw_text[:100_000],
        "",
        None,
        [],
        None,
        None,
        None,
        None,
        None,
        False,
        stored.authenticated,
        stored.attachment_count,
        None,
        None,
        stored.received_at,
    )
    await conn.execute(q.mark_inbound_read, stored.id, "failed", error[:1000])
    return reply_id
