"""Parse a raw message and strip it to what Relance keeps: headers, text, HTML, attachment metadata.

Attachment content is never kept (the product shows a count, names, types and sizes only). A
forwarded message (message/rfc822, RFC 2046 section 5.2.1) is kept as text, with its headers.
Parsing never raises: a message the `email` package cannot parse falls back to its headers
and a raw text body, and the problem is recorded in `defects`. Depth, part count and header
sizes are bounded so a hostile message cannot exhaust memory or the stack.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser, BytesParser
from typing import Any, Final

import msgspec

from gateway.charsets import decode_bytes, decode_header_value, unescape
from gateway.message import AttachmentMeta

MAX_DEPTH: Final = 10
MAX_PARTS: Final = 500
MAX_HEADERS: Final = 300
MAX_HEADER_VALUE: Final = 8 * 1024
MAX_HEADER_BYTES: Final = 64 * 1024
MAX_EMBEDDED: Final = 10
MAX_REFERENCES: Final = 100
MAX_DEFECTS: Final = 20
RECIPIENT_HEADERS: Final = ("to", "cc", "delivered-to", "x-original-to", "envelope-to")
_MSGID = re.compile(r"<([^<>\s]+)>")
_WS = re.compile(r"\s+")


class EmbeddedMessage(msgspec.Struct, frozen=True, kw_only=True):
    """A message inside the message: a forward as attachment, or a bounce's returned message."""

    headers: list[tuple[str, str]]
    subject: str | None
    from_address: str | None
    from_name: str | None
    date_text: str | None
    date: datetime | None
    message_id: str | None
    text: str


class Stripped(msgspec.Struct, frozen=True, kw_only=True):
    """A message stripped of attachment content."""

    headers: list[tuple[str, str]]
    content_type: str
    subject: str | None
    from_address: str | None
    from_name: str | None
    message_id: str | None
    date: datetime | None
    in_reply_to: str | None
    references: list[str]
    recipient_header_addresses: list[str]
    text_body: str | None
    html_body: str | None
    attachments: list[AttachmentMeta]
    embedded: list[EmbeddedMessage]
    # report-type of a top-level multipart/report (RFC 6522), e.g. "delivery-status".
    report_type: str | None
    # Field blocks of message/delivery-status parts (RFC 3464 section 2.1).
    delivery_status: list[list[tuple[str, str]]]
    defects: list[str]


# An attachment's base64 body costs the stdlib parser one Python call per 76-byte line (about
# 9 ms for a 200 KB PDF). Long runs of base64 lines are collapsed to one marker line before
# parsing, their decoded size kept aside; if a marker lands anywhere but an attachment leaf
# (a base64 text part, a forwarded message), the message is parsed again in full.
_BASE64_RUN = re.compile(rb"(?:^[A-Za-z0-9+/]{40,}={0,2}\r?\n){64,}", re.MULTILINE)
_MARKER = re.compile(r"^=relance-collapsed-(\d+)=\s*$")
COLLAPSE_THRESHOLD: Final = 64 * 1024


def _collapse(raw: bytes) -> tuple[bytes, list[int]]:
    """Replace long base64 runs by marker lines; return the new bytes and each run's size."""
    sizes: list[int] = []

    def marker(match: re.Match[bytes]) -> bytes:
        run = match.group(0)
        chars = len(run) - run.count(b"\n") - run.count(b"\r")
        sizes.append(chars * 3 // 4 - run.count(b"="))
        ending = b"\r\n" if run.endswith(b"\r\n") else b"\n"
        return b"=relance-collapsed-%d=" % (len(sizes) - 1) + ending

    return _BASE64_RUN.sub(marker, raw), sizes


class _Walk:
    """Mutable state of one walk over the MIME tree."""

    def __init__(self, collapsed: list[int] | None = None) -> None:
        # Decoded sizes of collapsed base64 runs, and how many attachment leaves claimed one.
        self.collapsed = collapsed or []
        self.claimed = 0
        self.parts = 0
        self.attachments: list[AttachmentMeta] = []
        self.embedded: list[EmbeddedMessage] = []
        self.delivery_status: list[list[tuple[str, str]]] = []
        self.defects: list[str] = []

    def defect(self, text: str) -> None:
        if text not in self.defects and len(self.defects) < MAX_DEFECTS:
            self.defects.append(text)


class _Bodies:
    """Text and HTML parts of one message level (the top message or an embedded one)."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.html: list[str] = []


def strip_attachments(raw: bytes) -> Stripped:
    """Parse `raw` and strip it; never raises."""
    if len(raw) > COLLAPSE_THRESHOLD:
        fast = _strip_collapsed(raw)
        if fast is not None:
            return fast
    walk = _Walk()
    try:
        msg: Message = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception as error:  # includes RecursionError on absurd nesting
        walk.defect(f"unparseable MIME structure ({type(error).__name__})")
        return _fallback(raw, walk)
    try:
        return strip_message(msg, walk)
    except Exception as error:  # a structure the walk did not foresee: keep what we can
        walk.defect(f"MIME walk failed ({type(error).__name__})")
        return _fallback(raw, walk)


def _strip_collapsed(raw: bytes) -> Stripped | None:
    """The fast path: None when nothing was collapsed or a marker left an attachment leaf."""
    collapsed, sizes = _collapse(raw)
    if not sizes:
        return None
    walk = _Walk(sizes)
    try:
        stripped = strip_message(BytesParser(policy=policy.default).parsebytes(collapsed), walk)
    except Exception:  # the full parse handles and records it
        return None
    return stripped if walk.claimed == len(sizes) else None


def strip_message(msg: Message, walk: _Walk | None = None) -> Stripped:
    """Strip an already parsed message."""
    walk = walk or _Walk()
    headers = bounded_headers(msg, walk)
    bodies = _Bodies()
    _collect(msg, 0, bodies, walk)
    content_type = _safe(msg.get_content_type, "text/plain")
    report_type: str | None = None
    if content_type == "multipart/report":
        param = _safe(lambda: msg.get_param("report-type"), None)
        if param is not None:
            # RFC 2231 parameters come back as (charset, language, value) tuples.
            value = email.utils.collapse_rfc2231_value(param)
            report_type = str(value).strip().lower() or None
    return _assemble(headers, content_type, bodies, walk, report_type)


def _assemble(
    headers: list[tuple[str, str]],
    content_type: str,
    bodies: _Bodies,
    walk: _Walk,
    report_type: str | None,
) -> Stripped:
    first = _first_values(headers)
    from_name, from_address = _first_address(first.get("from"))
    recipients: list[str] = []
    for name, value in headers:
        if name.lower() in RECIPIENT_HEADERS:
            for _, address in _addresses(value):
                if address not in recipients:
                    recipients.append(address)
    references = _MSGID.findall(first.get("references") or "")[:MAX_REFERENCES]
    return Stripped(
        headers=headers,
        content_type=content_type,
        subject=first.get("subject"),
        from_address=from_address,
        from_name=from_name,
        message_id=message_id(first.get("message-id")),
        date=parse_date(first.get("date")),
        in_reply_to=message_id(first.get("in-reply-to")),
        references=references,
        recipient_header_addresses=recipients,
        text_body="\n".join(bodies.text) if bodies.text else None,
        html_body="\n".join(bodies.html) if bodies.html else None,
        attachments=walk.attachments,
        embedded=walk.embedded,
        report_type=report_type,
        delivery_status=walk.delivery_status,
        defects=walk.defects,
    )


def _fallback(raw: bytes, walk: _Walk) -> Stripped:
    """Headers only, and the rest of the message as one text body."""
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    headers: list[tuple[str, str]] = []
    try:
        parsed = BytesHeaderParser(policy=policy.compat32).parsebytes(head + b"\n\n")
        headers = bounded_headers(parsed, walk)
    except Exception:  # pragma: no cover - the header parser is very tolerant
        walk.defect("unparseable header section")
    bodies = _Bodies()
    if body:
        bodies.text.append(decode_bytes(body, "utf-8"))
    return _assemble(headers, "text/plain", bodies, walk, None)


def bounded_headers(msg: Message, walk: _Walk) -> list[tuple[str, str]]:
    """Decoded (name, value) pairs in order, bounded in count, value size and total size."""
    result: list[tuple[str, str]] = []
    total = 0
    # raw_items() gives the values as received, before any policy parsing.
    items: list[tuple[str, Any]] = list(msg.raw_items())
    for name, raw_value in items:
        if len(result) >= MAX_HEADERS:
            walk.defect("too many header fields (truncated)")
            break
        value = header_text(str(name), raw_value)
        if len(value) > MAX_HEADER_VALUE:
            value = value[:MAX_HEADER_VALUE]
            walk.defect("header field too long (truncated)")
        size = len(name) + len(value)
        if total + size > MAX_HEADER_BYTES:
            walk.defect("header section too large (truncated)")
            break
        total += size
        result.append((_clean_name(str(name)), value))
    return result


def _clean_name(name: str) -> str:
    return "".join(c for c in unescape(name) if c.isprintable())[:100]


def header_text(name: str, raw_value: Any) -> str:
    """One header field value, decoded (RFC 2047 and raw UTF-8) and unfolded."""
    if not isinstance(raw_value, str):
        # compat32 may hold email.header.Header objects for undecodable values.
        raw_value = str(raw_value)
    raw_value = raw_value[: MAX_HEADER_VALUE * 4]
    try:
        header = policy.default.header_factory(name, unescape(raw_value))
        text = str(header)
    except Exception:  # structured header parsers raise on hostile values
        text = decode_header_value(raw_value)
    text = _WS.sub(" ", text).strip()
    return "".join(c for c in text if c.isprintable() or c == " ")


def _first_values(headers: list[tuple[str, str]]) -> dict[str, str]:
    first: dict[str, str] = {}
    for name, value in headers:
        first.setdefault(name.lower(), value)
    return first


def _addresses(value: str) -> list[tuple[str, str]]:
    """(display name, lowercased address) pairs found in an address header value."""
    try:
        pairs = email.utils.getaddresses([value])
    except Exception:  # getaddresses is tolerant, but hostile input has crashed it before
        return []
    found = []
    for name, address in pairs:
        address = address.strip().strip("<>").lower()
        if "@" in address and " " not in address:
            found.append((name.strip(), address))
    return found


def _first_address(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    pairs = _addresses(value)
    if not pairs:
        return None, None
    name, address = pairs[0]
    return name or None, address


def message_id(value: str | None) -> str | None:
    """The first Message-ID in a header value, without angle brackets."""
    if not value:
        return None
    match = _MSGID.search(value)
    if match:
        return match.group(1)
    bare = value.strip().split()
    return bare[0] if bare and "@" in bare[0] else None


def parse_date(value: str | None) -> datetime | None:
    """An aware datetime keeping the header's own offset (RFC 5322 section 3.3).

    "-0000" means the offset is unknown; the time is then taken as UTC.
    """
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except Exception:  # ValueError, TypeError, IndexError, OverflowError on junk dates
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _safe(function: Any, default: Any) -> Any:
    try:
        return function()
    except Exception:  # email's accessors raise on malformed parameters
        return default


def _collect(part: Message, depth: int, bodies: _Bodies, walk: _Walk) -> None:
    """Walk one MIME part: keep text, record attachments, descend into containers."""
    walk.parts += 1
    if walk.parts > MAX_PARTS:
        walk.defect("too many MIME parts (rest ignored)")
        return
    if depth > MAX_DEPTH:
        walk.defect("MIME nesting too deep (rest ignored)")
        return
    for defect in getattr(part, "defects", [])[:5]:
        walk.defect(type(defect).__name__)
    content_type: str = _safe(part.get_content_type, "application/octet-stream")
    if part.is_multipart():
        payload = _safe(part.get_payload, [])
        if content_type in {"message/rfc822", "message/global"}:
            for inner in payload if isinstance(payload, list) else []:
                _embed(inner, depth + 1, walk)
            return
        if content_type == "message/delivery-status":
            _delivery_status(payload, walk)
            return
        if isinstance(payload, list):
            for child in payload:
                if isinstance(child, Message):
                    _collect(child, depth + 1, bodies, walk)
            return
    if content_type == "message/delivery-status":
        # Not split into blocks by `email` (e.g. encoded): parse its text ourselves.
        _delivery_status_text(_decoded_text(part), walk)
        return
    if content_type in {"text/rfc822-headers", "message/rfc822-headers"}:
        _embed_headers(_decoded_text(part), walk)
        return
    disposition = _safe(part.get_content_disposition, None)
    filename = _filename(part)
    if (
        content_type in {"text/plain", "text/html"}
        and disposition != "attachment"
        and filename is None
    ):
        text = _decoded_text(part)
        (bodies.text if content_type == "text/plain" else bodies.html).append(text)
        return
    encoded = _safe(part.get_payload, None)
    collapsed = _MARKER.match(encoded) if walk.collapsed and isinstance(encoded, str) else None
    if collapsed is not None and int(collapsed.group(1)) < len(walk.collapsed):
        size = walk.collapsed[int(collapsed.group(1))]
        walk.claimed += 1
    else:
        payload_bytes = _safe(lambda: part.get_payload(decode=True), None)
        size = len(payload_bytes) if isinstance(payload_bytes, bytes | bytearray) else 0
    walk.attachments.append(AttachmentMeta(filename=filename, content_type=content_type, size=size))


def _filename(part: Message) -> str | None:
    name = _safe(part.get_filename, None)
    if name is None:
        name = _safe(lambda: part.get_param("name"), None)
    if name is None:
        return None
    if not isinstance(name, str):
        name = _safe(lambda: email.utils.collapse_rfc2231_value(name), "")
    text = name
    text = decode_header_value(str(text))
    cleaned = "".join(c for c in text if c.isprintable())[:255]
    return cleaned or None


def _decoded_text(part: Message) -> str:
    payload = _safe(lambda: part.get_payload(decode=True), None)
    if not isinstance(payload, bytes | bytearray):
        raw = _safe(part.get_payload, "")
        return raw if isinstance(raw, str) else ""
    charset = _safe(lambda: part.get_content_charset(None), None)
    return decode_bytes(bytes(payload), charset)


def _embed(inner: Any, depth: int, walk: _Walk) -> None:
    if not isinstance(inner, Message):
        return
    if len(walk.embedded) >= MAX_EMBEDDED:
        walk.defect("too many embedded messages (rest ignored)")
        return
    headers = bounded_headers(inner, walk)
    inner_bodies = _Bodies()
    _collect(inner, depth, inner_bodies, walk)
    text = "\n".join(inner_bodies.text)
    if not text and inner_bodies.html:
        text = html_to_text("\n".join(inner_bodies.html))
    walk.embedded.append(_embedded(headers, text))


def _embed_headers(text: str, walk: _Walk) -> None:
    if len(walk.embedded) >= MAX_EMBEDDED:
        return
    try:
        parsed = BytesHeaderParser(policy=policy.default).parsebytes(
            text.encode("utf-8", "surrogateescape") + b"\n\n"
        )
    except Exception:  # pragma: no cover - the header parser is very tolerant
        return
    walk.embedded.append(_embedded(bounded_headers(parsed, walk), ""))


def _embedded(headers: list[tuple[str, str]], text: str) -> EmbeddedMessage:
    first = _first_values(headers)
    name, address = _first_address(first.get("from"))
    return EmbeddedMessage(
        headers=headers,
        subject=first.get("subject"),
        from_address=address,
        from_name=name,
        date_text=first.get("date"),
        date=parse_date(first.get("date")),
        message_id=message_id(first.get("message-id")),
        text=text,
    )


def _delivery_status(payload: Any, walk: _Walk) -> None:
    for block in payload if isinstance(payload, list) else []:
        if isinstance(block, Message):
            walk.delivery_status.append(bounded_headers(block, walk))


def _delivery_status_text(text: str, walk: _Walk) -> None:
    for chunk in re.split(r"\r?\n\s*\r?\n", text):
        if chunk.strip():
            parsed = BytesHeaderParser(policy=policy.default).parsebytes(
                chunk.strip().encode("utf-8", "surrogateescape") + b"\n\n"
            )
            walk.delivery_status.append(bounded_headers(parsed, walk))


_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)
MAX_HTML_TO_TEXT: Final = 1024 * 1024


def html_to_text(html: str) -> str:
    """Plain text of an HTML body, for reading forwarded blocks in HTML-only mail."""
    import html as html_module

    from inscriptis import get_text

    if len(html) > MAX_HTML_TO_TEXT:
        html = html[:MAX_HTML_TO_TEXT]
    try:
        return str(get_text(html))
    except Exception:  # inscriptis (lxml) rejects some documents; fall back to tag stripping
        return html_module.unescape(_TAGS.sub(" ", html))
