"""DMARC policy discovery and evaluation (RFC 7489 sections 6.3, 6.6.2 and 6.6.3)."""

from __future__ import annotations

import msgspec

from gateway.dns import TemporaryDnsError, TxtLookup
from gateway.domains import organisational_domain


class DmarcRecord(msgspec.Struct, frozen=True, kw_only=True):
    """The tags of a DMARC record that decide alignment and the policy applied."""

    # The policy that applies to the From domain: sp= when it is a subdomain of the record's.
    policy: str
    adkim_strict: bool
    aspf_strict: bool


class DmarcLookupResult(msgspec.Struct, frozen=True, kw_only=True):
    """What discovery found: a record, none, or an error ("temperror" / "permerror")."""

    record: DmarcRecord | None
    error: str | None = None


def parse_record(text: str, *, subdomain: bool) -> DmarcRecord | None:
    """Parse a DMARC TXT record; None when it is not valid (RFC 7489 section 6.3)."""
    tags: dict[str, str] = {}
    for part in text.split(";"):
        name, sep, value = part.partition("=")
        if sep:
            tags.setdefault(name.strip().lower(), value.strip().lower())
    if tags.get("v") != "dmarc1":
        return None
    policy = tags.get("p")
    if policy not in {"none", "quarantine", "reject"}:
        # Section 6.6.3: a record without a valid p= but with rua= is treated as p=none.
        if "rua" not in tags:
            return None
        policy = "none"
    sub_policy = tags.get("sp")
    if subdomain and sub_policy in {"none", "quarantine", "reject"}:
        policy = sub_policy
    return DmarcRecord(
        policy=policy,
        adkim_strict=tags.get("adkim") == "s",
        aspf_strict=tags.get("aspf") == "s",
    )


async def find_record(from_domain: str, lookup: TxtLookup) -> DmarcLookupResult:
    """Look up _dmarc.<From domain>, then _dmarc.<organisational domain> (section 6.6.3)."""
    domain = from_domain.lower().rstrip(".")
    org = organisational_domain(domain)
    candidates = [domain] if org == domain else [domain, org]
    for candidate in candidates:
        try:
            records = await lookup.txt(f"_dmarc.{candidate}")
        except TemporaryDnsError:
            return DmarcLookupResult(record=None, error="temperror")
        texts = [r.decode("utf-8", "replace") for r in records]
        dmarc = [t for t in texts if t.strip().lower().replace(" ", "").startswith("v=dmarc1")]
        if len(dmarc) > 1:
            # Several records: DMARC processing ends as if there were none (section 6.6.3).
            return DmarcLookupResult(record=None)
        if dmarc:
            record = parse_record(dmarc[0], subdomain=candidate != domain)
            if record is None:
                return DmarcLookupResult(record=None, error="permerror")
            return DmarcLookupResult(record=record)
    return DmarcLookupResult(record=None)
