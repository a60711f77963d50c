"""SPF (RFC 7208) for the connecting address and the envelope sender, on our async resolver.

pyspf evaluates the policy but performs its DNS queries synchronously. Rather than run it in
a thread, we run it against a table of answers: whenever it needs a record not yet in the
table, we stop it, fetch that record asynchronously, and evaluate again. Evaluation is cheap
and RFC 7208 section 4.6.4 caps an evaluation at 10 DNS-querying terms, so this converges in
a few rounds; a round limit guards against anything else.
"""

from __future__ import annotations

import asyncio
from typing import Any, Final

import spf

from gateway.dns import TemporaryDnsError, TxtLookup
from gateway.message import SpfVerdict

MAX_ROUNDS: Final = 40
MAX_VOID_LOOKUPS: Final = 2  # RFC 7208 section 4.6.4
_VERDICTS: Final = {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"}
_TEMP: Final = object()


class _NeedLookup(BaseException):
    """Raised inside pyspf to stop it: a record is missing from the table (never escapes)."""


class _TableQuery(spf.query):  # type: ignore[misc]  # pyspf is untyped
    """pyspf's evaluator with its DNS replaced by a lookup in `answers`."""

    def __init__(self, answers: dict[tuple[str, str], Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.answers = answers
        self.missing: list[tuple[str, str]] = []

    def dns(
        self, name: Any, qtype: str, cnames: Any = None, ignore_void: bool = False
    ) -> list[Any]:
        """Answer from the table, or record what is missing and stop the evaluation."""
        host = str(name).lower().rstrip(".")
        if not host or not all(0 < len(label) < 64 for label in host.split(".")):
            return []
        if qtype not in {"TXT", "A", "AAAA", "MX", "PTR"}:
            return []
        key = (host, qtype)
        if key not in self.answers:
            self.missing.append(key)
            raise _NeedLookup
        value = self.answers[key]
        if value is _TEMP:
            raise spf.TempError(f"DNS {qtype} lookup failed for {host}")
        result: list[Any] = value
        if not result and not ignore_void:
            self.void_lookups += 1
            if self.void_lookups > MAX_VOID_LOOKUPS:
                raise spf.PermError(f"Void lookup limit of {MAX_VOID_LOOKUPS} exceeded")
        return result


async def _fetch(lookup: TxtLookup, host: str, qtype: str) -> Any:
    try:
        if qtype == "TXT":
            return [(record,) for record in await lookup.txt(host)]
        records = await lookup.lookup(host, qtype)
    except TemporaryDnsError:
        return _TEMP
    if qtype == "MX":
        parsed = []
        for record in records:
            preference, _, exchange = record.partition(" ")
            if preference.isdigit() and exchange:
                parsed.append((int(preference), exchange))
        return parsed
    return records


async def check_spf(
    client_ip: str, mail_from: str, helo: str, lookup: TxtLookup
) -> tuple[SpfVerdict, str, str]:
    """(verdict, checked domain, explanation) for MAIL FROM, or HELO for a null sender."""
    sender = mail_from if "@" in mail_from else ""
    domain = sender.rpartition("@")[2].lower() if sender else helo.lower()
    if not domain:
        return "none", "", "no identity to check"
    answers: dict[tuple[str, str], Any] = {}
    for _ in range(MAX_ROUNDS):
        try:
            query = _TableQuery(answers, i=client_ip, s=sender, h=helo or domain, strict=True)
        except Exception as error:  # an address or identity pyspf cannot parse
            return "permerror", domain, f"{type(error).__name__}"
        try:
            result, _code, explanation = query.check()
        except _NeedLookup:
            result, explanation = "", ""
        except Exception as error:  # pyspf raises plain errors on some malformed records
            return "permerror", domain, f"{type(error).__name__}"
        if not query.missing:
            verdict = str(result)
            if verdict not in _VERDICTS:
                verdict = "permerror"
            return verdict, domain, str(explanation)  # type: ignore[return-value]
        fetched = await asyncio.gather(*(_fetch(lookup, h, t) for h, t in query.missing))
        for key, value in zip(query.missing, fetched, strict=True):
            answers[key] = value
    return "temperror", domain, "SPF evaluation did not converge"
