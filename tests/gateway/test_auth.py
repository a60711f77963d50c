"""DKIM, SPF and DMARC verdicts on in-memory DNS, and the dnspython resolver on a local server."""

from __future__ import annotations

import authres
import pytest

from gateway.authcheck import authenticate
from gateway.dkimcheck import verify_signatures
from gateway.dmarc import parse_record
from gateway.dns import DnsPythonLookup, MemoryLookup, TemporaryDnsError
from gateway.domains import aligned, organisational_domain
from gateway.spfcheck import check_spf
from tests.gateway.conftest import SELECTOR, SIGNING_DOMAIN, DnsServer, make_message, sign


def table_with_key(key_record: str) -> MemoryLookup:
    table = MemoryLookup()
    table.add(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT", key_record)
    return table


async def test_every_signature_is_verified(dkim_key: tuple[bytes, str]) -> None:
    table = table_with_key(dkim_key[1])
    table.add("s2._domainkey.esp.example", "TXT", dkim_key[1])
    raw = sign(make_message(), dkim_key[0])
    raw = sign(raw, dkim_key[0], domain="esp.example", selector="s2")
    raw = sign(raw, dkim_key[0], domain="nokey.example", selector="gone")
    results = await verify_signatures(raw, table)
    assert [(r.domain, r.result) for r in results] == [
        ("nokey.example", "permerror"),
        ("esp.example", "pass"),
        ("customer.example", "pass"),
    ]


async def test_garbled_signature_is_neutral(dkim_key: tuple[bytes, str]) -> None:
    raw = b"DKIM-Signature: v=1; a=rsa-sha256; d=customer.example; s=s1; b=!!!\r\n" + make_message()
    [result] = await verify_signatures(raw, table_with_key(dkim_key[1]))
    assert result.result in {"neutral", "permerror"}


@pytest.mark.parametrize(
    ("record", "ip", "expected"),
    [
        ("v=spf1 ip4:192.0.2.0/24 -all", "192.0.2.10", "pass"),
        ("v=spf1 ip4:192.0.2.0/24 -all", "198.51.100.1", "fail"),
        ("v=spf1 ip4:192.0.2.0/24 ~all", "198.51.100.1", "softfail"),
        ("v=spf1 ?all", "198.51.100.1", "neutral"),
        ("v=spf1 include:_spf.esp.example -all", "203.0.113.5", "pass"),
        ("v=spf1 mx -all", "203.0.113.25", "pass"),
        ("v=spf1 a:mail.customer.example -all", "203.0.113.26", "pass"),
        ("v=spf1 redirect=_spf.esp.example", "203.0.113.5", "pass"),
        ("v=spf1 include:_spf.timeout.example -all", "203.0.113.5", "temperror"),
        ("v=spf1 ip4:300.1.1.1 -all", "203.0.113.5", "permerror"),
    ],
)
async def test_spf(record: str, ip: str, expected: str) -> None:
    table = MemoryLookup(failing=["_spf.timeout.example"])
    table.add("customer.example", "TXT", record)
    table.add("_spf.esp.example", "TXT", "v=spf1 ip4:203.0.113.0/28 -all")
    table.add("customer.example", "MX", "10 mx1.customer.example")
    table.add("mx1.customer.example", "A", "203.0.113.25")
    table.add("mail.customer.example", "A", "203.0.113.26")
    verdict, domain, _ = await check_spf(ip, "anna@customer.example", "helo.example", table)
    assert (verdict, domain) == (expected, "customer.example")


async def test_spf_none_and_null_sender_uses_helo() -> None:
    table = MemoryLookup()
    table.add("mx.sender.example", "TXT", "v=spf1 ip4:192.0.2.1 -all")
    assert (await check_spf("192.0.2.1", "a@nospf.example", "x", table))[0] == "none"
    verdict, domain, _ = await check_spf("192.0.2.1", "", "mx.sender.example", table)
    assert (verdict, domain) == ("pass", "mx.sender.example")


async def test_spf_two_records_is_permerror() -> None:
    table = MemoryLookup()
    table.add("customer.example", "TXT", "v=spf1 -all", "v=spf1 +all")
    assert (await check_spf("192.0.2.1", "a@customer.example", "x", table))[0] == "permerror"


def test_dmarc_record_parsing() -> None:
    record = parse_record("v=DMARC1; p=reject; sp=none; adkim=s; aspf=r", subdomain=False)
    assert record is not None and record.policy == "reject" and record.adkim_strict
    sub = parse_record("v=DMARC1; p=reject; sp=none", subdomain=True)
    assert sub is not None and sub.policy == "none"
    assert parse_record("v=DMARC1; rua=mailto:x@y", subdomain=False) is not None
    assert parse_record("v=DMARC1; p=bogus", subdomain=False) is None
    assert parse_record("v=spf1 -all", subdomain=False) is None


def test_organisational_domains() -> None:
    assert organisational_domain("mail.example.co.uk") == "example.co.uk"
    assert organisational_domain("a.b.customer.example") == "customer.example"
    assert aligned("bounce.customer.example", "customer.example", strict=False)
    assert not aligned("bounce.customer.example", "customer.example", strict=True)
    assert not aligned("evil.co.uk", "example.co.uk", strict=False)


async def test_spf_aligned_pass_gives_dmarc_pass_without_dkim() -> None:
    table = MemoryLookup()
    table.add("bounces.customer.example", "TXT", "v=spf1 ip4:192.0.2.1 -all")
    table.add("_dmarc.customer.example", "TXT", "v=DMARC1; p=quarantine")
    verdicts = await authenticate(
        make_message(),
        from_domain="customer.example",
        client_ip="192.0.2.1",
        mail_from="x@bounces.customer.example",
        helo="mx.customer.example",
        lookup=table,
        authserv_id="mx.relance.test",
        timeout=1.0,
    )
    assert (verdicts.spf, verdicts.dmarc, verdicts.authenticated) == ("pass", "pass", True)
    parsed = authres.AuthenticationResultsHeader.parse_value(verdicts.header)
    assert parsed.authserv_id == "mx.relance.test"
    assert [r.method for r in parsed.results] == ["dkim", "spf", "dmarc"]
    assert [r.result for r in parsed.results] == ["none", "pass", "pass"]


async def test_dmarc_dns_failure_is_temperror_and_unauthenticated() -> None:
    table = MemoryLookup(failing=["_dmarc.customer.example"])
    verdicts = await authenticate(
        make_message(),
        from_domain="customer.example",
        client_ip="192.0.2.1",
        mail_from="x@customer.example",
        helo="h",
        lookup=table,
        authserv_id="mx",
        timeout=1.0,
    )
    assert verdicts.dmarc == "temperror" and not verdicts.authenticated


async def test_slow_dns_is_bounded_by_the_timeout(dkim_key: tuple[bytes, str]) -> None:
    table = table_with_key(dkim_key[1])
    table.delay = 5.0
    verdicts = await authenticate(
        sign(make_message(), dkim_key[0]),
        from_domain="customer.example",
        client_ip="192.0.2.1",
        mail_from="x@customer.example",
        helo="h",
        lookup=table,
        authserv_id="mx",
        timeout=0.2,
    )
    assert [d.result for d in verdicts.dkim] == ["temperror"]
    assert (verdicts.spf, verdicts.dmarc) == ("temperror", "temperror")


async def test_dnspython_lookup_caches_and_reports_timeouts(dns_server: DnsServer) -> None:
    dns_server.records[("k._domainkey.example.org", "TXT")] = ["v=DKIM1; p=" + "A" * 400]
    dns_server.records[("mx.example.org", "A")] = ["192.0.2.7"]
    dns_server.drop.add("silent.example.org")
    lookup = DnsPythonLookup(timeout=0.3, nameservers=["127.0.0.1"], port=dns_server.port)
    [record] = await lookup.txt("k._domainkey.example.org")
    assert record == b"v=DKIM1; p=" + b"A" * 400  # long TXT strings are joined
    assert await lookup.lookup("mx.example.org", "A") == ["192.0.2.7"]
    assert await lookup.txt("nothing.example.org") == []
    dns_server.records.clear()
    [cached] = await lookup.txt("k._domainkey.example.org")
    assert cached == record
    with pytest.raises(TemporaryDnsError):
        await lookup.txt("silent.example.org")


async def test_ed25519_signature_verifies_and_detects_tampering() -> None:
    """RFC 8463 Ed25519 signatures (PyNaCl backs dkimpy's verifier)."""
    import base64

    import dkim
    import nacl.signing

    key = nacl.signing.SigningKey.generate()
    record = "v=DKIM1; k=ed25519; p=" + base64.b64encode(bytes(key.verify_key)).decode()
    table = table_with_key(record)
    message = make_message()
    signature = dkim.sign(
        message,
        SELECTOR.encode(),
        SIGNING_DOMAIN.encode(),
        base64.b64encode(bytes(key)),
        signature_algorithm=b"ed25519-sha256",
        include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
    )
    [good] = await verify_signatures(signature + message, table)
    assert good.result == "pass"
    tampered = signature + message.replace(b"Friday", b"Monday")
    [bad] = await verify_signatures(tampered, table)
    assert bad.result == "fail"
