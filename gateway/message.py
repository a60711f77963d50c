"""What the protocol layer hands to storage: one received message, parsed and verified.

Attachment content never appears here: only its metadata (the product stores a count and
names, never the files). Every field is plain data, so storage can serialise it with msgspec.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

DkimVerdict = Literal["pass", "fail", "neutral", "temperror", "permerror", "none"]
DmarcVerdict = Literal["pass", "fail", "none", "temperror", "permerror"]
SpfVerdict = Literal["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"]
MessageKind = Literal["reply", "auto_reply", "bounce"]


class AttachmentMeta(msgspec.Struct, frozen=True, kw_only=True):
    """An attachment reduced to what the agenda shows: name, type and decoded size in bytes."""

    filename: str | None
    content_type: str
    size: int


class DkimResult(msgspec.Struct, frozen=True, kw_only=True):
    """The verdict on one DKIM-Signature header (RFC 6376 section 6)."""

    domain: str
    selector: str
    result: DkimVerdict
    # d= aligns with the From domain (RFC 7489 section 3.1.1; strict when adkim=s).
    aligned: bool
    reason: str


class AuthVerdicts(msgspec.Struct, frozen=True, kw_only=True):
    """DKIM, SPF and DMARC verdicts and the Authentication-Results header recording them."""

    dkim: list[DkimResult]
    spf: SpfVerdict
    # The domain SPF was checked for: the MAIL FROM domain, or the HELO name for a null sender.
    spf_domain: str
    dmarc: DmarcVerdict
    # p= (or sp= for a subdomain) of the DMARC record applied; None without a record.
    dmarc_policy: str | None
    from_domain: str | None
    # DMARC pass, or no DMARC record and an aligned DKIM pass: the From address is genuine.
    authenticated: bool
    # RFC 8601 Authentication-Results header value (without the "Authentication-Results:" name).
    header: str


class BounceInfo(msgspec.Struct, frozen=True, kw_only=True):
    """A delivery status notification (RFC 3464) about one of our outbound messages."""

    # Message-ID of the bounced message, without angle brackets, from its returned headers.
    original_message_id: str | None
    failed_recipients: list[str]
    # RFC 3463 status of the first failed recipient, e.g. "5.1.1".
    status: str | None
    diagnostic: str | None


class ForwardInfo(msgspec.Struct, frozen=True, kw_only=True):
    """The original message inside a forward (an inline block or an attached message/rfc822)."""

    author_address: str | None
    author_name: str | None
    # The date as written in the forwarded block (localised text for inline blocks).
    date: str | None
    # The same date when it could be read (always for an attached message with a Date header).
    sent_at: datetime | None
    subject: str | None
    text: str
    # "inline" (a block in the body) or "attachment" (a message/rfc822 part).
    source: Literal["inline", "attachment"]


class ReceivedMessage(msgspec.Struct, frozen=True, kw_only=True):
    """One message as received over SMTP or LMTP, everything storage and attribution need."""

    transaction_id: str
    received_at: datetime
    client_address: str
    client_port: int
    helo: str | None
    tls: bool
    # Envelope sender; "" for the null reverse-path of bounces (RFC 5321 section 4.5.5).
    mail_from: str
    rcpt_tos: list[str]
    # Size of the raw message in bytes, as received after dot-unstuffing.
    size: int
    # Hex SHA-256 of the raw message: the duplicate key when there is no Message-ID.
    content_hash: str
    # Decoded header fields in order, bounded in number and total size (see gateway/mime.py),
    # headed by our own Authentication-Results and Received fields; Authentication-Results
    # fields that claimed our name are removed (RFC 8601 section 5).
    headers: list[tuple[str, str]]
    subject: str | None
    from_address: str | None
    from_name: str | None
    # Message-IDs are kept without their angle brackets, everywhere in this struct.
    message_id: str | None
    date: datetime | None
    in_reply_to: str | None
    references: list[str]
    # Every address in To, Cc, Delivered-To, X-Original-To and Envelope-To, lowercased.
    recipient_header_addresses: list[str]
    text_body: str | None
    html_body: str | None
    attachments: list[AttachmentMeta]
    auth: AuthVerdicts
    auto_submitted: bool
    kind: MessageKind
    bounce: BounceInfo | None
    forward: ForwardInfo | None
    defects: list[str]
