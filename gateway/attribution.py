"""The attribution chain: which customer a captured message belongs to, and why.

Customers drop the CC, forward from another mailbox, or write to the tenant's inbox address,
so the envelope recipient is not always enough. The chain runs in order, first match wins:

1. `capture_address`  a valid capture address of this tenant in the envelope or in any
                      recipient header (To, Cc, Delivered-To, X-Original-To, Envelope-To);
2. `reply_key`        In-Reply-To/References name one of our outbound Message-IDs;
3. `known_contact`    the author (the original author of a forward) is a contact of exactly
                      one customer;
4. `document_number`  invoice numbers in the subject or the new text belong to exactly one
                      customer.

A rule that matches several customers stops the chain as `ambiguous`; nothing matching is
`unassigned`. Both land in the unassigned queue for a collector: never dropped.
"""

from __future__ import annotations

import re
from uuid import UUID

import msgspec

from core.capture import parse_address, token_matches
from core.db import Connection
from core.sql import load
from gateway.message import ReceivedMessage


class Attribution(msgspec.Struct, frozen=True, kw_only=True):
    """The customer found (None when unassigned or ambiguous) and the rule that decided."""

    customer_id: UUID | None
    rule: str
    detail: str


# Where quoted history starts in a plain-text body: only the new text may name invoices.
_QUOTE_START = re.compile(
    r"^(>|-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|"
    r"mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|"
    r"forwarded message|weitergeleitete nachricht)|_{10,}|"
    r"(from|de|von|da|van|od|från|kimden|šalje|差出人|发件人)\s?:\s.*@|"
    r".*\b(wrote|écrit|schrieb|escribió|scritto|escreveu|schreef|napisał|a scris|skrev|yazdı|"
    r"napisao|napisala)\s*:?\s*$)",
    re.IGNORECASE | re.MULTILINE,
)
# A document-like token: letters/digits joined by / - . _, at least one digit.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._-]*[0-9][A-Za-z0-9/._-]*|[0-9]{3,}")
_PREFIX = re.compile(r"\b([A-Za-z]{1,5})\s+([0-9][A-Za-z0-9/._-]*)")
_MAX_CANDIDATES = 200


def new_text(body: str | None) -> str:
    """The body up to the first line that starts quoted history."""
    if not body:
        return ""
    match = _QUOTE_START.search(body)
    return body[: match.start()] if match else body


def document_candidates(*texts: str) -> list[str]:
    """Normalised (lower-case, no spaces) tokens that could be document numbers."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _TOKEN.finditer(text):
            token = match.group(0).strip("._-/").lower()
            if 3 <= len(token) <= 64:
                found.setdefault(token)
        for match in _PREFIX.finditer(text):  # "FT 2025/0931" is stored as written
            found.setdefault((match.group(1) + match.group(2)).lower())
        if len(found) >= _MAX_CANDIDATES:
            break
    return list(found)[:_MAX_CANDIDATES]


def _single(rows: list[UUID]) -> UUID | None:
    return rows[0] if len(rows) == 1 else None


async def attribute(
    conn: Connection,
    message: ReceivedMessage,
    *,
    tenant_slug: str,
    reply_domain: str,
    author: str | None,
) -> Attribution:
    """Run the chain inside the tenant's unit of work (row-level security scopes every query)."""
    q = load()
    # 1. A capture address of this tenant anywhere among the recipients.
    for address in [*message.recipient_header_addresses, *message.rcpt_tos]:
        parsed = parse_address(address, reply_domain)
        if parsed is None or parsed.kind != "capture" or parsed.tenant_slug != tenant_slug:
            continue
        row = await conn.fetchrow(q.customer_capture_state, parsed.customer_number)
        if row and row["capture_enabled"] and token_matches(parsed.token, row["capture_token"]):
            return Attribution(
                customer_id=row["id"], rule="capture_address", detail="address in recipients"
            )
    # 2. A reply to one of our outbound messages.
    referenced = [r for r in [message.in_reply_to, *message.references] if r]
    if referenced:
        bare = [r.strip("<>") for r in referenced]
        keys = [r.partition("@")[0] for r in bare]
        rows = [
            r["customer_id"]
            for r in await conn.fetch(q.customers_by_outbound_message_id, bare, keys)
        ]
        if rows:
            found = _single(rows)
            if found is None:
                return Attribution(customer_id=None, rule="ambiguous", detail="reply_key")
            return Attribution(customer_id=found, rule="reply_key", detail="In-Reply-To/References")
    # 3. The author is a known contact.
    if author:
        rows = [r["customer_id"] for r in await conn.fetch(q.customers_by_contact_email, author)]
        if rows:
            found = _single(rows)
            if found is None:
                return Attribution(customer_id=None, rule="ambiguous", detail="known_contact")
            return Attribution(customer_id=found, rule="known_contact", detail="contact email")
    # 4. Invoice numbers in the subject or the new text.
    forward_text = message.forward.text if message.forward else ""
    candidates = document_candidates(
        message.subject or "", new_text(message.text_body), new_text(forward_text)
    )
    if candidates:
        rows = await conn.fetch(q.customers_by_document_numbers, candidates)
        customers = list(dict.fromkeys(r["customer_id"] for r in rows))
        if customers:
            numbers = ", ".join(sorted({r["number"] for r in rows}))[:200]
            found = _single(customers)
            if found is None:
                return Attribution(
                    customer_id=None, rule="ambiguous", detail=f"documents {numbers}"
                )
            return Attribution(customer_id=found, rule="document_number", detail=numbers)
    return Attribution(customer_id=None, rule="unassigned", detail="no rule matched")
