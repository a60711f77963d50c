"""MAIA's boundary types: what it reads (a decoded mail) and what it proposes."""

from __future__ import annotations

import datetime as dt
import decimal
import email
import email.header
import email.policy
import email.utils
from email.message import Message
from typing import Literal

import msgspec

Intent = Literal[
    "promise_to_pay",
    "dispute",
    "paid",
    "request_copy",
    "processing",
    "out_of_office",
    "wrong_contact",
    "partial_payment",
    "payment_plan",
    "other",
]
INTENTS: frozenset[str] = frozenset(Intent.__args__)  # type: ignore[attr-defined]  # Literal args
DocStatus = Literal[
    "promise_to_pay",
    "dispute",
    "paid",
    "processing",
    "request_copy",
    "partial_payment",
    "payment_plan",
]
DOC_STATUSES: frozenset[str] = frozenset(DocStatus.__args__)  # type: ignore[attr-defined]  # Literal args
Engine = Literal["rules", "claude"]


class Recipient(msgspec.Struct, frozen=True):
    """One To/Cc entry: display name (may be empty) and lowercased address."""

    name: str
    address: str


class MailInput(msgspec.Struct, frozen=True, kw_only=True):
    """One inbound message, decoded: what MAIA needs and nothing else."""

    subject: str = ""
    from_address: str = ""
    from_name: str = ""
    # To and Cc as decoded header text (parsed only when needed, see `recipients`): a note to
    # the sender's own colleagues is no answer to the creditor.
    to: str = ""
    cc: str = ""
    # The Date header with its own UTC offset: relative dates resolve on that local calendar day.
    date: dt.datetime | None = None
    text_body: str | None = None
    html_body: str | None = None
    auto_submitted: str | None = None
    x_autoreply: str | None = None
    x_autorespond: str | None = None
    precedence: str | None = None
    x_auto_response_suppress: str | None = None


class KnownDocument(msgspec.Struct, frozen=True, kw_only=True):
    """One of the customer's open documents, as the ERP numbers it."""

    number: str
    document_id: str | None = None
    kind: str = "invoice"


class DocumentRef(msgspec.Struct, frozen=True, kw_only=True):
    """A document the customer's text refers to, with a proposed qualification."""

    number: str
    document_id: str | None = None
    status: DocStatus | None = None
    promise_date: dt.date | None = None
    comment: str = ""
    confidence: float = 0.5


ProposedQualification = DocumentRef


class AltContact(msgspec.Struct, frozen=True, kw_only=True):
    """Someone else to write to, named in an absence or wrong-contact reply."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


class MaiaResult(msgspec.Struct, frozen=True, kw_only=True):
    """What MAIA proposes for one reply; a collector validates it."""

    reply_text: str
    language: str
    summary: str
    intents: list[str]
    promise_date: dt.date | None = None
    amount: decimal.Decimal | None = None
    currency: str | None = None
    auto_submitted: bool = False
    return_date: dt.date | None = None
    alt_contact: AltContact | None = None
    documents: list[DocumentRef] = msgspec.field(default_factory=list)
    engine: Engine = "rules"
    engine_note: str | None = None


def _clean(text: str) -> str:
    """Raw 8-bit header or body bytes arrive as surrogates under compat32: decode them as UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


def _decode_part(part: Message) -> str | None:
    """Decode one leaf part whatever its declared charset; junk bytes are replaced, not fatal."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return _clean(raw) if isinstance(raw, str) else None
    charset = part.get_content_charset() or "utf-8"
    for cs in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", errors="replace")


def _header(msg: Message, name: str) -> str | None:
    """RFC 2047 decoded header; raw 8-bit bytes read as UTF-8 (else cp1252), never raising."""
    value: object = None
    try:
        for key, raw_value in msg.raw_items():
            if key.lower() == name.lower():
                value = raw_value
                break
    except Exception:
        return None
    if value is None:
        return None
    raw = _clean(str(value))
    if "=?" not in raw:
        return " ".join(raw.split())
    try:
        decoded = str(email.header.make_header(email.header.decode_header(raw)))
    except Exception:
        decoded = raw
    return " ".join(decoded.split())


def _part_kind(part: Message) -> tuple[str, str]:
    """(disposition, content type); a part whose headers cannot be read is no body."""
    try:
        # compat32 hands back a Header object for raw 8-bit values (a UTF-8 file name)
        return str(part.get("Content-Disposition") or "").lower(), part.get_content_type()
    except Exception:
        return "", "application/octet-stream"


def _bodies(msg: Message) -> tuple[str | None, str | None]:
    text: str | None = None
    html: str | None = None
    try:
        parts = list(msg.walk())
    except Exception:
        parts = [msg]
    for part in parts:
        if part.is_multipart():
            continue
        disp, ctype = _part_kind(part)
        if disp.startswith("attachment"):
            continue
        if ctype == "text/plain" and text is None:
            text = _decode_part(part)
        elif ctype == "text/html" and html is None:
            html = _decode_part(part)
    return text, html


def _date(msg: Message) -> dt.datetime | None:
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def recipients(*values: str) -> tuple[Recipient, ...]:
    """The entries of decoded To/Cc header values; junk yields none, never an error."""
    try:
        pairs = email.utils.getaddresses([v for v in values if v])
    except Exception:
        return ()
    return tuple(Recipient(" ".join(n.split()), a.lower()) for n, a in pairs if "@" in a)


def mail_input_from_bytes(raw: bytes) -> MailInput:
    """Decode a raw RFC 5322 message; never raises, junk gives an (almost) empty MailInput."""
    try:
        # compat32 and lazy header decoding: the default policy's header objects cost ~1 ms.
        msg: Message = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:
        return MailInput(text_body=raw.decode("utf-8", errors="replace"))
    try:
        from_raw = _header(msg, "From") or ""
        name, addr = email.utils.parseaddr(from_raw)
    except Exception:
        name, addr = "", ""
    text, html = _bodies(msg)
    if text is None and html is None and not msg.is_multipart():
        text = _decode_part(msg)
    return MailInput(
        subject=_header(msg, "Subject") or "",
        from_address=addr,
        from_name=name,
        to=_header(msg, "To") or "",
        cc=_header(msg, "Cc") or "",
        date=_date(msg),
        text_body=text,
        html_body=html,
        auto_submitted=_header(msg, "Auto-Submitted"),
        x_autoreply=_header(msg, "X-Autoreply"),
        x_autorespond=_header(msg, "X-Autorespond"),
        precedence=_header(msg, "Precedence"),
        x_auto_response_suppress=_header(msg, "X-Auto-Response-Suppress"),
    )
