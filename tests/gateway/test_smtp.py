"""SMTP over loopback with aiosmtplib against a running Gateway: recipients, data, verdicts."""

from __future__ import annotations

import aiosmtplib
import pytest

from gateway.dns import DnsPythonLookup, MemoryLookup
from gateway.server import Gateway
from tests.gateway.conftest import (
    DOWN,
    GOOD,
    REPLY_DOMAIN,
    SECOND,
    SELECTOR,
    SIGNING_DOMAIN,
    DnsServer,
    GatewayFactory,
    MemoryIntake,
    RawClient,
    make_message,
    sign,
)
from tests.gateway.test_parsing import load

Running = tuple[Gateway, MemoryIntake, MemoryLookup]


async def client(gateway: Gateway) -> aiosmtplib.SMTP:
    smtp = aiosmtplib.SMTP(
        hostname="127.0.0.1",
        port=gateway.smtp_port,
        start_tls=False,
        local_hostname="client.customer.example",
    )
    await smtp.connect()
    await smtp.ehlo()
    return smtp


async def test_unknown_and_forged_addresses_get_the_same_550(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    await smtp.mail("anna@customer.example")
    answers = []
    for address in (
        f"capture.acme.1.wrongtoken@{REPLY_DOMAIN}",  # forged token
        f"capture.nosuchtenant.1.goodtoken@{REPLY_DOMAIN}",  # unknown tenant
        f"nobody@{REPLY_DOMAIN}",  # not a capture address at all
        "someone@elsewhere.example",  # not our domain
    ):
        code, text = await smtp.execute_command(b"RCPT", f"TO:<{address}>".encode())
        answers.append((code, text))
    assert answers == [(550, "5.1.1 No such recipient here")] * 4
    await smtp.quit()
    assert intake.stored == []


async def test_reply_is_stored_before_250(gateway: Running, dkim_key: tuple[bytes, str]) -> None:
    gw, intake, table = gateway
    table.add("customer.example", "TXT", "v=spf1 ip4:127.0.0.1 -all")
    table.add("_dmarc.customer.example", "TXT", "v=DMARC1; p=reject")
    raw = sign(make_message(), dkim_key[0])
    smtp = await client(gw)
    errors, reply = await smtp.sendmail("bounce@customer.example", [GOOD], raw)
    await smtp.quit()
    assert errors == {}
    assert reply.startswith("2.0.0")
    [(message, recipients)] = intake.stored
    assert [r.address for r in recipients] == [GOOD]
    assert message.from_address == "anna@customer.example"
    assert message.mail_from == "bounce@customer.example"
    assert message.client_address == "127.0.0.1"
    assert message.helo == "client.customer.example"
    assert message.kind == "reply"
    assert message.size == len(raw)
    assert message.auth.spf == "pass"
    assert [(d.result, d.domain, d.aligned) for d in message.auth.dkim] == [
        ("pass", "customer.example", True)
    ]
    assert message.auth.dmarc == "pass"
    assert message.auth.authenticated
    assert message.auth.header.startswith("mx.relance.test;")
    assert "dkim=pass" in message.auth.header and "dmarc=pass" in message.auth.header


async def test_dkim_fail_when_body_altered(gateway: Running, dkim_key: tuple[bytes, str]) -> None:
    gw, intake, table = gateway
    table.add("_dmarc.customer.example", "TXT", "v=DMARC1; p=reject")
    table.add("customer.example", "TXT", "v=spf1 ip4:192.0.2.1 -all")
    raw = sign(make_message(body="We will pay on Friday.\r\n"), dkim_key[0])
    raw = raw.replace(b"pay on Friday", b"never pay, sorry")
    smtp = await client(gw)
    errors, _ = await smtp.sendmail("anna@customer.example", [GOOD], raw)
    await smtp.quit()
    assert errors == {}  # still accepted: it is mail for us
    message = intake.stored[0][0]
    assert [d.result for d in message.auth.dkim] == ["fail"]
    assert message.auth.spf == "fail"
    assert message.auth.dmarc == "fail"
    assert message.auth.dmarc_policy == "reject"
    assert not message.auth.authenticated


async def test_dkim_none_and_key_lookup_timeout(
    gateway: Running, dkim_key: tuple[bytes, str]
) -> None:
    gw, intake, table = gateway
    smtp = await client(gw)
    await smtp.sendmail("anna@customer.example", [GOOD], make_message())
    table.failing.add("slow._domainkey.customer.example")
    await smtp.sendmail(
        "anna@customer.example", [GOOD], sign(make_message(), dkim_key[0], selector="slow")
    )
    await smtp.quit()
    unsigned, slow = (m for m, _ in intake.stored)
    assert unsigned.auth.dkim == []
    assert "dkim=none" in unsigned.auth.header
    assert not unsigned.auth.authenticated
    assert [(d.result, d.selector) for d in slow.auth.dkim] == [("temperror", "slow")]
    assert "dkim=temperror" in slow.auth.header


async def test_dmarc_via_organisational_domain_and_relaxed_alignment(
    gateway: Running, dkim_key: tuple[bytes, str]
) -> None:
    gw, intake, table = gateway
    # Signed by the parent domain, From a subdomain: relaxed alignment passes (RFC 7489 3.1.1)
    # and the record is found at the organisational domain with its sp= policy.
    table.add("_dmarc.customer.example", "TXT", "v=DMARC1; p=reject; sp=quarantine")
    raw = sign(make_message(sender="anna@billing.customer.example"), dkim_key[0])
    smtp = await client(gw)
    await smtp.sendmail("anna@billing.customer.example", [GOOD], raw)
    await smtp.quit()
    auth = intake.stored[0][0].auth
    assert auth.from_domain == "billing.customer.example"
    assert auth.dkim[0].aligned and auth.dmarc == "pass"
    assert auth.dmarc_policy == "quarantine"


async def test_strict_alignment_fails_for_subdomain(
    gateway: Running, dkim_key: tuple[bytes, str]
) -> None:
    gw, intake, table = gateway
    table.add("_dmarc.customer.example", "TXT", "v=DMARC1; p=reject; adkim=s")
    raw = sign(make_message(sender="anna@billing.customer.example"), dkim_key[0])
    smtp = await client(gw)
    await smtp.sendmail("anna@billing.customer.example", [GOOD], raw)
    await smtp.quit()
    auth = intake.stored[0][0].auth
    assert auth.dkim[0].result == "pass" and not auth.dkim[0].aligned
    assert auth.dmarc == "fail" and not auth.authenticated


async def test_dkim_pass_through_a_real_dns_server(
    make_gateway: GatewayFactory, dns_server: DnsServer, dkim_key: tuple[bytes, str]
) -> None:
    dns_server.records[(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT")] = [dkim_key[1]]
    dns_server.records[(SIGNING_DOMAIN, "TXT")] = ["v=spf1 ip4:127.0.0.0/8 -all"]
    dns_server.drop.add(f"slow._domainkey.{SIGNING_DOMAIN}")
    lookup = DnsPythonLookup(timeout=0.5, nameservers=["127.0.0.1"], port=dns_server.port)
    gw, intake, _ = await make_gateway(lookup=lookup)
    smtp = await client(gw)
    await smtp.sendmail("anna@customer.example", [GOOD], sign(make_message(), dkim_key[0]))
    await smtp.sendmail(
        "anna@customer.example", [GOOD], sign(make_message(), dkim_key[0], selector="slow")
    )
    await smtp.quit()
    good, slow = (m for m, _ in intake.stored)
    assert [d.result for d in good.auth.dkim] == ["pass"]
    assert good.auth.spf == "pass"
    assert good.auth.dmarc == "none" and good.auth.authenticated
    assert [d.result for d in slow.auth.dkim] == ["temperror"]


async def test_attachments_counted_and_absent(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    await smtp.sendmail("priya@kestrelfoods.co.uk", [GOOD], load("reply_with_pdf_attachment.eml"))
    await smtp.quit()
    message = intake.stored[0][0]
    assert [a.filename for a in message.attachments] == ["remittance.pdf", "reçu.png"]
    assert b"SECRET" not in repr(message).encode()
    assert "INV-10240" in (message.text_body or "")


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        ("ooo_auto_submitted.eml", "auto_reply"),
        ("ooo_subject_only_french.eml", "auto_reply"),
        ("dsn_delivery_status.eml", "bounce"),
        ("forward_gmail_inline.eml", "reply"),
    ],
)
async def test_kinds_recognised(gateway: Running, sample: str, kind: str) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    sender = "" if kind == "bounce" else "x@customer.example"
    errors, _ = await smtp.sendmail(sender, [GOOD], load(sample))
    await smtp.quit()
    assert errors == {}
    message = intake.stored[0][0]
    assert message.kind == kind
    if kind == "bounce":
        assert message.mail_from == ""
        assert message.bounce is not None
        assert message.bounce.original_message_id == "out-1001.k7f3@relance.localhost"
        assert message.bounce.failed_recipients == ["gone@customer.example"]
        assert message.forward is None
    if sample.startswith("forward"):
        assert message.forward is not None
        assert message.forward.author_address == "m.hofmann@hofmann-metallbau.de"


async def test_forward_as_attachment_over_smtp(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    await smtp.sendmail("paul@acme.example", [GOOD], load("forward_attached_rfc822.eml"))
    await smtp.quit()
    forward = intake.stored[0][0].forward
    assert forward is not None and forward.source == "attachment"
    assert forward.author_address == "jose@cliente.example.es"


async def test_loop_is_refused(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    await smtp.mail("a@b.example")
    await smtp.rcpt(GOOD)
    with pytest.raises(aiosmtplib.SMTPDataError) as refused:
        await smtp.data(load("loop_marker.eml"))
    assert refused.value.code == 554
    await smtp.quit()
    assert intake.stored == []


async def test_store_failure_gives_451(gateway: Running) -> None:
    gw, intake, _ = gateway
    intake.fail_store = True
    smtp = await client(gw)
    await smtp.mail("anna@customer.example")
    await smtp.rcpt(GOOD)
    with pytest.raises(aiosmtplib.SMTPDataError) as deferred:
        await smtp.data(make_message())
    assert (deferred.value.code, deferred.value.message) == (
        451,
        "4.3.0 Temporary local problem, try again later",
    )
    await smtp.quit()


async def test_store_timeout_gives_451(make_gateway: GatewayFactory) -> None:
    intake = MemoryIntake()
    intake.store_delay = 3.0
    gw, _, _ = await make_gateway(intake=intake, db_timeout=0.2)
    smtp = await client(gw)
    await smtp.mail("anna@customer.example")
    await smtp.rcpt(GOOD)
    with pytest.raises(aiosmtplib.SMTPDataError) as deferred:
        await smtp.data(make_message())
    assert deferred.value.code == 451
    await smtp.quit()


async def test_resolve_failure_gives_451_at_rcpt(gateway: Running) -> None:
    gw, _, _ = gateway
    smtp = await client(gw)
    await smtp.mail("anna@customer.example")
    code, text = await smtp.execute_command(b"RCPT", f"TO:<{DOWN}>".encode())
    assert (code, text) == (451, "4.3.0 Temporary local problem, try again later")
    await smtp.quit()


async def test_several_capture_addresses_stored_once(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    errors, _ = await smtp.sendmail("anna@customer.example", [GOOD, SECOND], make_message())
    await smtp.quit()
    assert errors == {}
    [(message, recipients)] = intake.stored
    assert [r.address for r in recipients] == [GOOD, SECOND]
    assert message.rcpt_tos == [GOOD, SECOND]


async def test_smtputf8_and_8bit(gateway: Running) -> None:
    gw, intake, _ = gateway
    smtp = await client(gw)
    assert smtp.supports_extension("smtputf8") and smtp.supports_extension("8bitmime")
    raw = make_message(sender="zoë@exämple.de", subject="Re: Überweisung", body="Grüße\r\n")
    code, _ = await smtp.execute_command(b"MAIL", "FROM:<zoë@exämple.de> SMTPUTF8".encode())
    assert code == 250
    await smtp.rcpt(GOOD)
    code, _ = await smtp.data(raw)
    await smtp.quit()
    message = intake.stored[0][0]
    assert message.mail_from == "zoë@exämple.de"
    assert message.subject == "Re: Überweisung"
    assert message.from_address == "zoë@exämple.de"
    assert message.text_body == "Grüße\r\n" or message.text_body == "Grüße\n"


async def test_null_sender_and_dot_stuffing(gateway: Running) -> None:
    gw, intake, _ = gateway
    raw = make_message(body=".leading dot\r\n..two dots\r\nend\r\n")
    c = await RawClient.connect(gw.smtp_port)
    assert (await c.reply()).startswith("220 ")
    assert (await c.cmd("EHLO client")).startswith("250")
    assert await c.cmd("MAIL FROM:<>") == "250 2.1.0 Sender OK"
    assert await c.cmd(f"RCPT TO:<{GOOD}>") == "250 2.1.5 Recipient OK"
    assert (await c.cmd("DATA")).startswith("354")
    await c.send_data(raw)
    assert await c.reply() == "250 2.0.0 Message accepted for delivery"
    await c.close()
    message = intake.stored[0][0]
    assert message.mail_from == ""
    assert message.size == len(raw)
    assert (
        message.text_body is not None
        and ".leading dot\n..two dots" in message.text_body.replace("\r\n", "\n")
    )


async def test_forged_authentication_results_are_dropped(gateway: Running) -> None:
    gw, intake, _ = gateway
    forged = "Authentication-Results: mx.relance.test; dkim=pass header.d=customer.example\r\n"
    other = "Authentication-Results: mx.google.com; spf=pass\r\n"
    smtp = await client(gw)
    await smtp.sendmail("anna@customer.example", [GOOD], make_message(extra=forged + other))
    await smtp.quit()
    headers = intake.stored[0][0].headers
    results = [v for n, v in headers if n.lower() == "authentication-results"]
    assert results[1:] == ["mx.google.com; spf=pass"]
    assert results[0].startswith("mx.relance.test; dkim=none")
    assert headers[1][0] == "Received"
    assert headers[1][1].startswith("from client.customer.example ([127.0.0.1]) by mx.relance.test")
    assert " with ESMTP id " in headers[1][1]


async def test_no_auth_advertised(gateway: Running) -> None:
    gw, _, _ = gateway
    c = await RawClient.connect(gw.smtp_port)
    await c.reply()
    ehlo = await c.cmd("EHLO client.example")
    assert "AUTH" not in ehlo and "SMTPUTF8" in ehlo and "8BITMIME" in ehlo
    assert "SIZE 65536" in ehlo
    await c.close()


async def test_logs_are_redacted_and_carry_the_transaction(gateway: Running) -> None:
    from structlog.testing import capture_logs

    gw, _, _ = gateway
    with capture_logs() as entries:
        smtp = await client(gw)
        await smtp.sendmail("anna@customer.example", [GOOD], make_message(body="secret body\r\n"))
        await smtp.quit()
    events = [e for e in entries if e.get("listener") == "smtp"]
    assert [e["event"] for e in events] == ["mail_from", "rcpt_accepted", "message_accepted"]
    assert len({e["transaction_id"] for e in events}) == 1
    text = repr(entries)
    assert "goodtoken" not in text and "anna@" not in text and "secret body" not in text
