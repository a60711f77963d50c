"""Organisational domains and identifier alignment (RFC 7489 sections 3.1 and 3.2).

The organisational domain comes from the Public Suffix List snapshot bundled with the
`publicsuffixlist` package; it is never fetched over the network, so results only change
when the package is upgraded.
"""

from __future__ import annotations

from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()


@lru_cache(maxsize=4096)
def organisational_domain(domain: str) -> str:
    """The registered domain under its public suffix, e.g. mail.example.co.uk -> example.co.uk."""
    lowered = domain.lower().rstrip(".")
    found = _PSL.privatesuffix(lowered)
    # A bare public suffix or a single label has no registered part: it is its own domain.
    return found if found else lowered


def aligned(identifier: str, from_domain: str, *, strict: bool) -> bool:
    """Whether an authenticated domain aligns with the From domain (strict: identical)."""
    a = identifier.lower().rstrip(".")
    b = from_domain.lower().rstrip(".")
    if not a or not b:
        return False
    if strict:
        return a == b
    return organisational_domain(a) == organisational_domain(b)
