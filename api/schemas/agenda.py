"""The agenda's Replies & Comments tab and the unassigned queue."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

import msgspec


class ProposedDocument(msgspec.Struct, frozen=True, kw_only=True):
    """A document the reply refers to, with MAIA's proposed qualification."""

    number: str
    # The matched document of this customer; null when the number matched none.
    document_id: UUID | None
    status: str | None
    promise_date: date | None
    comment: str
    confidence: float


class AlternativeContact(msgspec.Struct, frozen=True, kw_only=True):
    """Someone else to write to, named in an absence or wrong-contact reply."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


class AgendaReply(msgspec.Struct, frozen=True, kw_only=True):
    """One pending reply: an email read by MAIA (later also page comments)."""

    id: UUID
    source: str
    customer: str
    customer_id: UUID
    received_at: datetime
    summary: str
    reply_text: str
    intents: list[str]
    promise_date: date | None
    # Exact decimal as a string; null when the reply names no amount.
    amount: str | None
    currency: str | None
    attachment_count: int
    auto_submitted: bool
    # False when the sender's domain failed DMARC: proposals need a collector's confirmation.
    authenticated: bool
    status: str
    error: str | None
    language: str | None
    return_date: date | None
    alternative_contact: AlternativeContact | None
    author_name: str
    author_email: str
    engine: str | None
    engine_note: str | None
    documents: list[ProposedDocument]

    @classmethod
    def from_row(cls, row: Any) -> AgendaReply:
        amount: Decimal | None = row["amount"]
        contact = row["alternative_contact"]
        return cls(
            id=row["id"],
            source=row["source"],
            customer=row["customer"],
            customer_id=row["customer_id"],
            received_at=row["received_at"],
            summary=row["summary"],
            reply_text=row["reply_text"],
            intents=list(row["intents"]),
            promise_date=row["promise_date"],
            amount=None if amount is None else format(amount.normalize(), "f"),
            currency=row["currency"],
            attachment_count=row["attachment_count"],
            auto_submitted=row["auto_submitted"],
            authenticated=row["authenticated"],
            status=row["status"],
            error=row["error"],
            language=row["language"],
            return_date=row["return_date"],
            alternative_contact=msgspec.convert(contact, AlternativeContact) if contact else None,
            author_name=row["author_name"],
            author_email=row["author_email"],
            engine=row["engine"],
            engine_note=row["engine_note"],
            documents=msgspec.convert(row["documents"], list[ProposedDocument]),
        )


class UnassignedMessage(msgspec.Struct, frozen=True, kw_only=True):
    """A captured message the attribution chain could not place, or placed on several."""

    id: UUID
    received_at: datetime
    from_address: str
    from_name: str
    subject: str
    # unassigned (nothing matched) or ambiguous (several customers matched).
    attribution_rule: str
    attribution_detail: str | None
    attachment_count: int
    kind: str
    authenticated: bool
    text: str
    summary: str | None
    intents: list[str] | None


class Assignment(msgspec.Struct, frozen=True, kw_only=True):
    """Which customer an unassigned message belongs to."""

    customer_id: UUID
