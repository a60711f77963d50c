"""DNS lookups for DKIM, SPF and DMARC behind one small protocol, so tests choose the resolver.

`DnsPythonLookup` asks real servers through dnspython's asyncio resolver, with a per-query
timeout and a small TTL cache; `MemoryLookup` answers from a table for unit tests. A timeout
or SERVFAIL raises `TemporaryDnsError`, which verifiers turn into `temperror` (RFC 6376
section 6.1.2, RFC 7208 section 2.6.6, RFC 7489 section 6.6.3), never into `fail`.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import dns.asyncresolver
import dns.exception
import dns.resolver

from core.errors import TemporaryFailure

RDTYPES = frozenset({"A", "AAAA", "MX", "PTR"})


class TemporaryDnsError(TemporaryFailure):
    """A DNS query timed out or the servers failed: the answer is unknown, not negative."""


class TxtLookup(Protocol):
    """The DNS queries the verifiers make. Both methods return [] for NXDOMAIN or no data."""

    async def txt(self, name: str) -> list[bytes]:
        """TXT records of `name`, each record's strings joined (RFC 7208 section 3.3)."""
        ...

    async def lookup(self, name: str, rdtype: str) -> list[str]:
        """A/AAAA addresses, MX as "preference exchange", PTR target names, for SPF."""
        ...


def _normalise(name: str) -> str:
    return name.lower().rstrip(".")


class DnsPythonLookup:
    """Real DNS through dnspython's asyncio resolver, with a small positive/negative TTL cache."""

    def __init__(
        self,
        *,
        timeout: float,
        nameservers: Sequence[str] | None = None,
        port: int = 53,
        max_ttl: float = 300.0,
        negative_ttl: float = 60.0,
        max_entries: int = 10_000,
    ) -> None:
        if nameservers:
            self._resolver = dns.asyncresolver.Resolver(configure=False)
            self._resolver.nameservers = list(nameservers)
            self._resolver.port = port
        else:
            self._resolver = dns.asyncresolver.Resolver()
        self._resolver.lifetime = timeout
        self._resolver.timeout = timeout
        self._max_ttl = max_ttl
        self._negative_ttl = negative_ttl
        self._max_entries = max_entries
        self._cache: OrderedDict[tuple[str, str], tuple[float, list[str] | list[bytes]]] = (
            OrderedDict()
        )

    async def txt(self, name: str) -> list[bytes]:
        """TXT records of `name`, strings of each record joined."""
        values = await self._query(name, "TXT")
        return [v for v in values if isinstance(v, bytes)]

    async def lookup(self, name: str, rdtype: str) -> list[str]:
        """A, AAAA, MX or PTR records of `name` as text."""
        if rdtype not in RDTYPES:
            raise ValueError(f"unsupported record type {rdtype}")
        values = await self._query(name, rdtype)
        return [v for v in values if isinstance(v, str)]

    async def _query(self, name: str, rdtype: str) -> list[str] | list[bytes]:
        key = (_normalise(name), rdtype)
        now = time.monotonic()
        cached = self._cache.get(key)
        if cached is not None and cached[0] > now:
            self._cache.move_to_end(key)
            return cached[1]
        try:
            answer = await self._resolver.resolve(key[0] + ".", rdtype, search=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            self._remember(key, now + self._negative_ttl, [])
            return []
        except (dns.exception.Timeout, dns.resolver.NoNameservers, dns.resolver.LifetimeTimeout):
            raise TemporaryDnsError(f"DNS {rdtype} lookup failed for {key[0]}") from None
        except dns.exception.DNSException as error:
            raise TemporaryDnsError(f"DNS {rdtype} lookup failed for {key[0]}: {error}") from None
        values = _texts(answer, rdtype)
        ttl = min(float(answer.rrset.ttl if answer.rrset is not None else 0), self._max_ttl)
        self._remember(key, now + ttl, values)
        return values

    def _remember(
        self, key: tuple[str, str], expires: float, values: list[str] | list[bytes]
    ) -> None:
        self._cache[key] = (expires, values)
        self._cache.move_to_end(key)
        while len(self._cache) > self._max_entries:
            self._cache.popitem(last=False)


def _texts(answer: dns.resolver.Answer, rdtype: str) -> list[str] | list[bytes]:
    if rdtype == "TXT":
        return [b"".join(rdata.strings) for rdata in answer]
    if rdtype == "MX":
        return [f"{rdata.preference} {_normalise(rdata.exchange.to_text())}" for rdata in answer]
    if rdtype == "PTR":
        return [_normalise(rdata.target.to_text()) for rdata in answer]
    return [str(rdata.address) for rdata in answer]


class MemoryLookup:
    """DNS answered from a table, for tests: names in `failing` raise TemporaryDnsError."""

    def __init__(
        self,
        records: Mapping[tuple[str, str], Iterable[str | bytes]] | None = None,
        *,
        failing: Iterable[str] = (),
        delay: float = 0.0,
    ) -> None:
        self.records: dict[tuple[str, str], list[str | bytes]] = {}
        for (name, rdtype), values in (records or {}).items():
            self.add(name, rdtype, *values)
        self.failing = {_normalise(n) for n in failing}
        self.delay = delay
        self.queries: list[tuple[str, str]] = []

    def add(self, name: str, rdtype: str, *values: str | bytes) -> None:
        """Add records; TXT values may be str or bytes."""
        self.records.setdefault((_normalise(name), rdtype.upper()), []).extend(values)

    async def txt(self, name: str) -> list[bytes]:
        """TXT records from the table."""
        values = await self._get(name, "TXT")
        return [v if isinstance(v, bytes) else v.encode() for v in values]

    async def lookup(self, name: str, rdtype: str) -> list[str]:
        """A/AAAA/MX/PTR records from the table."""
        values = await self._get(name, rdtype)
        return [v.decode() if isinstance(v, bytes) else v for v in values]

    async def _get(self, name: str, rdtype: str) -> list[str | bytes]:
        key = (_normalise(name), rdtype)
        self.queries.append(key)
        if self.delay:
            await asyncio.sleep(self.delay)
        if key[0] in self.failing:
            raise TemporaryDnsError(f"DNS {rdtype} lookup failed for {key[0]}")
        return list(self.records.get(key, []))
