"""Sender authentication of one message: DKIM, SPF and DMARC verdicts and their RFC 8601 header.

A message that fails is still accepted (it is mail for us); `authenticated` only says whether
its From address can be believed, so that nothing a forged "we paid" proposes passes as the
customer's word without a collector's confirmation.
"""

from __future__ import annotations

import asyncio

import authres
import authres.dmarc

from gateway.dkimcheck import SignatureCheck, verify_signatures
from gateway.dmarc import DmarcLookupResult, find_record
from gateway.dns import TxtLookup
from gateway.domains import aligned
from gateway.message import AuthVerdicts, DkimResult, DmarcVerdict, SpfVerdict
from gateway.spfcheck import check_spf


async def authenticate(
    raw: bytes,
    *,
    from_domain: str | None,
    client_ip: str,
    mail_from: str,
    helo: str,
    lookup: TxtLookup,
    authserv_id: str,
    timeout: float,
) -> AuthVerdicts:
    """Verify every DKIM signature, SPF and DMARC concurrently, each bounded by `timeout`."""
    signatures_task = asyncio.wait_for(verify_signatures(raw, lookup), timeout)
    spf_task = asyncio.wait_for(check_spf(client_ip, mail_from, helo, lookup), timeout)
    dmarc_task = asyncio.wait_for(
        find_record(from_domain, lookup) if from_domain else _no_record(), timeout
    )
    signatures, spf_outcome, dmarc_found = await asyncio.gather(
        signatures_task, spf_task, dmarc_task, return_exceptions=True
    )
    if isinstance(signatures, BaseException):
        signatures = [
            SignatureCheck(domain="", selector="", result="temperror", reason="timed out")
        ]
    spf_domain = (mail_from.rpartition("@")[2] if "@" in mail_from else helo).lower()
    if isinstance(spf_outcome, BaseException):
        spf_verdict: SpfVerdict = "temperror"
    else:
        spf_verdict = spf_outcome[0]
        spf_domain = spf_outcome[1] or spf_domain
    if isinstance(dmarc_found, BaseException):
        dmarc_found = DmarcLookupResult(record=None, error="temperror")
    return evaluate(
        signatures=signatures,
        spf=spf_verdict,
        spf_domain=spf_domain,
        dmarc_found=dmarc_found,
        from_domain=from_domain,
        mail_from=mail_from,
        helo=helo,
        authserv_id=authserv_id,
    )


async def _no_record() -> DmarcLookupResult:
    return DmarcLookupResult(record=None)


def evaluate(
    *,
    signatures: list[SignatureCheck],
    spf: SpfVerdict,
    spf_domain: str,
    dmarc_found: DmarcLookupResult,
    from_domain: str | None,
    mail_from: str,
    helo: str,
    authserv_id: str,
) -> AuthVerdicts:
    """Combine the verdicts: alignment and DMARC result per RFC 7489 section 4.2."""
    record = dmarc_found.record
    adkim_strict = record.adkim_strict if record else False
    aspf_strict = record.aspf_strict if record else False
    dkim_results = [
        DkimResult(
            domain=s.domain,
            selector=s.selector,
            result=s.result,
            aligned=bool(from_domain) and aligned(s.domain, from_domain or "", strict=adkim_strict),
            reason=s.reason,
        )
        for s in signatures
    ]
    dkim_aligned_pass = any(r.result == "pass" and r.aligned for r in dkim_results)
    spf_aligned_pass = (
        spf == "pass"
        and bool(from_domain)
        and aligned(spf_domain, from_domain or "", strict=aspf_strict)
    )
    dmarc: DmarcVerdict
    if not from_domain:
        dmarc = "none"
    elif dmarc_found.error == "temperror":
        dmarc = "temperror"
    elif dmarc_found.error == "permerror":
        dmarc = "permerror"
    elif record is None:
        dmarc = "none"
    else:
        dmarc = "pass" if dkim_aligned_pass or spf_aligned_pass else "fail"
    authenticated = dmarc == "pass" or (dmarc == "none" and dkim_aligned_pass)
    header = build_header(
        authserv_id=authserv_id,
        dkim=dkim_results,
        spf=spf,
        mail_from=mail_from,
        helo=helo,
        dmarc=dmarc,
        from_domain=from_domain,
        policy=record.policy if record else None,
    )
    return AuthVerdicts(
        dkim=dkim_results,
        spf=spf,
        spf_domain=spf_domain,
        dmarc=dmarc,
        dmarc_policy=record.policy if record else None,
        from_domain=from_domain,
        authenticated=authenticated,
        header=header,
    )


def build_header(
    *,
    authserv_id: str,
    dkim: list[DkimResult],
    spf: str,
    mail_from: str,
    helo: str,
    dmarc: str,
    from_domain: str | None,
    policy: str | None,
) -> str:
    """The Authentication-Results value (RFC 8601 section 2.2), without the field name."""
    results: list[authres.BaseAuthenticationResult] = []
    for r in dkim or []:
        results.append(
            authres.DKIMAuthenticationResult(
                result=r.result,
                header_d=_token(r.domain),
                header_s=_token(r.selector),
            )
        )
    if not dkim:
        results.append(authres.DKIMAuthenticationResult(result="none"))
    if "@" in mail_from:
        results.append(authres.SPFAuthenticationResult(result=spf, smtp_mailfrom=_token(mail_from)))
    else:
        results.append(authres.SPFAuthenticationResult(result=spf, smtp_helo=_token(helo)))
    results.append(
        authres.dmarc.DMARCAuthenticationResult(
            result=dmarc,
            header_from=_token(from_domain or ""),
            policy=_token(policy or "") if policy else None,
        )
    )
    header = authres.AuthenticationResultsHeader(authserv_id=authserv_id, results=results)
    text = str(header)
    prefix = "Authentication-Results: "
    return text[len(prefix) :] if text.startswith(prefix) else text


def _token(value: str) -> str | None:
    """A header value safe to place in the header: printable ASCII, no separators."""
    cleaned = "".join(c for c in value if 33 <= ord(c) < 127 and c not in ';"()\\')
    return cleaned or None
