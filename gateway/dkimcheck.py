"""Verify every DKIM-Signature of a message (RFC 6376) without blocking the event loop on DNS.

dkimpy's own asyncio support needs aiodns; instead the public key of each signature is fetched
first through our `TxtLookup`, then dkimpy verifies with a `dnsfunc` that answers from what
was fetched. A key lookup that times out gives `temperror` (RFC 6376 section 6.1.2), a missing
key `permerror` (section 6.1.2, "key not found"), a bad signature or altered body `fail`,
an unreadable signature `neutral` (RFC 8601 section 2.7.1).
"""

from __future__ import annotations

import asyncio
import logging

import dkim
import dkim.util
import msgspec

from gateway.dns import TemporaryDnsError, TxtLookup
from gateway.message import DkimVerdict

MAX_SIGNATURES = 10  # more is an abuse: each costs a DNS lookup and an RSA operation

_quiet = logging.getLogger("gateway.dkim")
_quiet.addHandler(logging.NullHandler())
_quiet.propagate = False


class SignatureCheck(msgspec.Struct, frozen=True, kw_only=True):
    """The verdict on one signature, before alignment with the From domain is known."""

    domain: str
    selector: str
    result: DkimVerdict
    reason: str


def _tags(value: bytes) -> dict[bytes, bytes]:
    try:
        parsed = dkim.util.parse_tag_value(value)
    except Exception:  # dkimpy raises several types for malformed tag lists
        return {}
    return {bytes(k): bytes(v) for k, v in parsed.items()}


def _text(value: bytes | None) -> str:
    return (value or b"").decode("ascii", "replace").strip().lower()


async def verify_signatures(raw: bytes, lookup: TxtLookup) -> list[SignatureCheck]:
    """One SignatureCheck per DKIM-Signature header, in header order; [] when unsigned."""
    try:
        verifier = dkim.DKIM(raw, logger=_quiet, minkey=1024)
    except Exception:  # a message dkimpy cannot even split into headers and body
        return []
    headers = [value for name, value in verifier.headers if name.lower() == b"dkim-signature"]
    headers = headers[:MAX_SIGNATURES]
    tags = [_tags(value) for value in headers]
    keys = await asyncio.gather(
        *(_fetch_key(t, lookup) for t in tags),
        return_exceptions=True,
    )
    results: list[SignatureCheck] = []
    for index, (tag, key) in enumerate(zip(tags, keys, strict=True)):
        domain, selector = _text(tag.get(b"d")), _text(tag.get(b"s"))
        if not domain or not selector:
            results.append(_check(domain, selector, "permerror", "signature lacks d= or s="))
        elif tag.get(b"a", b"").strip().lower() == b"rsa-sha1":
            # RFC 8301 section 3.1: verifiers MUST NOT consider rsa-sha1 signatures valid.
            results.append(_check(domain, selector, "permerror", "rsa-sha1 is not accepted"))
        elif isinstance(key, TemporaryDnsError):
            results.append(_check(domain, selector, "temperror", "key lookup failed"))
        elif isinstance(key, BaseException):
            results.append(_check(domain, selector, "temperror", f"key lookup error: {key}"))
        elif key is None:
            results.append(_check(domain, selector, "permerror", "no key published"))
        else:
            results.append(_verify_one(verifier, index, domain, selector, key))
    return results


def _check(domain: str, selector: str, result: DkimVerdict, reason: str) -> SignatureCheck:
    return SignatureCheck(domain=domain, selector=selector, result=result, reason=reason)


async def _fetch_key(tag: dict[bytes, bytes], lookup: TxtLookup) -> bytes | None:
    domain, selector = _text(tag.get(b"d")), _text(tag.get(b"s"))
    if not domain or not selector:
        return None
    records = await lookup.txt(f"{selector}._domainkey.{domain}")
    # RFC 6376 section 3.6.2.2: several TXT records make the key ambiguous; take the first
    # that looks like a key record, as verifiers commonly do.
    for record in records:
        if b"p=" in record:
            return record
    return None


def _verify_one(
    verifier: dkim.DKIM, index: int, domain: str, selector: str, key: bytes
) -> SignatureCheck:
    def answer(name: bytes, timeout: float = 5) -> bytes:
        return key

    try:
        ok = verifier.verify(idx=index, dnsfunc=answer)
    except dkim.ValidationError as error:
        reason = str(error)[:200]
        # RFC 8601 section 2.7.1: a body that no longer matches its hash failed verification;
        # a signature that cannot be read (missing or malformed tags) is "neutral".
        if "body hash mismatch" in reason or "expired" in reason:
            return _check(domain, selector, "fail", reason.split(" (")[0])
        return _check(domain, selector, "neutral", reason)
    except dkim.DKIMException as error:
        return _check(domain, selector, "permerror", str(error)[:200])
    except Exception as error:  # dkimpy fails on some hostile inputs with plain exceptions
        return _check(domain, selector, "permerror", f"{type(error).__name__}")
    if ok:
        return _check(domain, selector, "pass", "signature verified")
    return _check(domain, selector, "fail", "signature did not verify")
