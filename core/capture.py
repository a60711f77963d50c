"""Capture and inbox addresses: building them, reading them back, checking their token.

Formats (the local part is matched case-insensitively, because mail systems change case):

    capture.<tenant-slug>.<customer>.<token>@<reply-domain>   one customer of one tenant
    inbox.<tenant-slug>.<token>@<reply-domain>                a tenant's forwarded AR mailbox

`<customer>` is the customer number itself when it only holds lower-case letters, digits and
hyphens (so case-folding cannot change it); any other number is written as `_` followed by its
UTF-8 bytes in unpadded lower-case base32, which survives case-folding and is reversible.
The token carries 80 bits from the OS CSPRNG, written as 16 base32 characters.
"""

from __future__ import annotations

import base64
import hmac
import re
import secrets
from typing import Literal

import msgspec

TOKEN_BYTES = 10  # 80 bits
TOKEN_LENGTH = 16  # base32 characters for 80 bits, no padding
_PLAIN_NUMBER = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62})$")
_TOKEN = re.compile(r"^[a-z2-7]{16}$")
_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")
_ENCODED = re.compile(r"^_[a-z2-7]{1,200}$")
# RFC 5321 caps a local part at 64 octets; we accept longer ones from lenient MTAs but no more.
_MAX_LOCAL = 255


class CaptureAddress(msgspec.Struct, frozen=True, kw_only=True):
    """A parsed capture or inbox address; its token still has to be checked."""

    kind: Literal["capture", "inbox"]
    tenant_slug: str
    customer_number: str | None
    token: str
    domain: str


def new_token() -> str:
    """Return a fresh 80-bit token from the OS CSPRNG."""
    return base64.b32encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii").lower()


def valid_slug(slug: str) -> bool:
    """Tell whether `slug` may name a tenant in addresses."""
    return bool(_SLUG.match(slug))


def encode_customer_number(number: str) -> str:
    """Write a customer number so it survives in a local part and through case-folding."""
    if _PLAIN_NUMBER.match(number):
        return number
    raw = base64.b32encode(number.encode("utf-8")).decode("ascii").rstrip("=").lower()
    return f"_{raw}"


def decode_customer_number(encoded: str) -> str | None:
    """Reverse `encode_customer_number`; None when `encoded` is not one of its outputs."""
    encoded = encoded.lower()
    if _PLAIN_NUMBER.match(encoded):
        return encoded
    if not _ENCODED.match(encoded):
        return None
    body = encoded[1:].upper()
    body += "=" * (-len(body) % 8)
    try:
        number = base64.b32decode(body).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    # Only canonical encodings are accepted, so one customer has exactly one address.
    return number if encode_customer_number(number) == encoded else None


def capture_address(tenant_slug: str, customer_number: str, token: str, domain: str) -> str:
    """Build a customer's capture address."""
    return f"capture.{tenant_slug}.{encode_customer_number(customer_number)}.{token}@{domain}"


def inbox_address(tenant_slug: str, token: str, domain: str) -> str:
    """Build a tenant's inbox address (for a forwarded accounts-receivable mailbox)."""
    return f"inbox.{tenant_slug}.{token}@{domain}"


def parse_address(address: str, reply_domain: str) -> CaptureAddress | None:
    """Read a capture or inbox address; None for anything else (never says why)."""
    address = address.strip().strip("<>")
    local, sep, domain = address.rpartition("@")
    if not sep or len(local) > _MAX_LOCAL or domain.lower().rstrip(".") != reply_domain:
        return None
    parts = local.lower().split(".")
    if parts[0] == "capture" and len(parts) == 4:
        _, slug, encoded, token = parts
        number = decode_customer_number(encoded)
        if number is None:
            return None
        kind: Literal["capture", "inbox"] = "capture"
    elif parts[0] == "inbox" and len(parts) == 3:
        _, slug, token = parts
        number = None
        kind = "inbox"
    else:
        return None
    if not _SLUG.match(slug) or not _TOKEN.match(token):
        return None
    return CaptureAddress(
        kind=kind, tenant_slug=slug, customer_number=number, token=token, domain=reply_domain
    )


def token_matches(given: str, expected: str | None) -> bool:
    """Compare tokens in constant time; a missing expected token never matches."""
    if not expected:
        # Still spend the comparison so a missing customer costs the same as a wrong token.
        hmac.compare_digest(given.encode(), b"\0" * TOKEN_LENGTH)
        return False
    return hmac.compare_digest(given.lower().encode(), expected.lower().encode())
