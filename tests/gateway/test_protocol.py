"""LMTP, limits, timeouts, STARTTLS, PROXY protocol, metrics and shutdown, over loopback."""

from __future__ import annotations

import asyncio
import ipaddress
import struct
import tracemalloc

import aiosmtplib
import pytest

from tests.gateway.conftest import (
    FLAKY,
    GOOD,
    SECOND,
    GatewayFactory,
    RawClient,
    make_message,
)


async def open_session(
    port: int, greeting: str = "EHLO client.example", prefix: bytes = b""
) -> RawClient:
    c = await RawClient.connect(port, prefix)
    assert (await c.reply()).startswith("220 ")
    assert (await c.cmd(greeting)).startswith("250")
    return c


async def until_refused(c: RawClient, command: str, limit: int = 40) -> list[str]:
    answers = []
    for _ in range(limit):
        answers.append(await c.cmd(command))
        if not answers[-1].startswith("250"):
            break
    return answers


async def test_lmtp_one_reply_per_recipient_in_order(make_gateway: GatewayFactory) -> None:
    gw, intake, _ = await make_gateway()
    assert gw.lmtp_port is not None
    c = await open_session(gw.lmtp_port, "LHLO client.example")
    assert await c.cmd("MAIL FROM:<anna@customer.example>") == "250 2.1.0 Sender OK"
    assert await c.cmd(f"RCPT TO:<{GOOD}>") == "250 2.1.5 Recipient OK"
    assert await c.cmd("RCPT TO:<capture.x.1.bad@reply.relance.test>") == (
        "550 5.1.1 No such recipient here"
    )
    assert await c.cmd(f"RCPT TO:<{FLAKY}>") == "250 2.1.5 Recipient OK"
    assert await c.cmd(f"RCPT TO:<{SECOND}>") == "250 2.1.5 Recipient OK"
    assert (await c.cmd("DATA")).startswith("354")
    await c.send_data(make_message())
    # RFC 2033 section 4.2: one reply per accepted recipient, in RCPT order.
    assert [await c.reply() for _ in range(3)] == [
        "250 2.0.0 Message accepted for delivery",
        "451 4.3.0 Temporary local problem, try again later",
        "250 2.0.0 Message accepted for delivery",
    ]
    # The message went to storage once, with every accepted recipient.
    [(_, recipients)] = intake.stored
    assert [r.address for r in recipients] == [GOOD, FLAKY, SECOND]
    intake.fail_store = True
    await c.cmd("MAIL FROM:<anna@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd(f"RCPT TO:<{SECOND}>")
    await c.cmd("DATA")
    await c.send_data(make_message())
    assert [(await c.reply())[:9] for _ in range(2)] == ["451 4.3.0"] * 2
    assert await c.cmd("QUIT") == "221 Bye"
    await c.close()


async def test_lmtp_refuses_helo_and_ehlo(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway()
    assert gw.lmtp_port is not None
    c = await RawClient.connect(gw.lmtp_port)
    await c.reply()
    assert (await c.cmd("EHLO x")).startswith("500")
    assert (await c.cmd("HELO x")).startswith("500")
    await c.close()


async def test_smtp_partial_store_is_retried_whole(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway()
    c = await open_session(gw.smtp_port)
    await c.cmd("MAIL FROM:<anna@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd(f"RCPT TO:<{FLAKY}>")
    await c.cmd("DATA")
    await c.send_data(make_message())
    # SMTP has one reply: a recipient not stored means the whole message is retried.
    assert await c.reply() == "451 4.3.0 Temporary local problem, try again later"
    await c.close()


async def test_oversize_refused_while_streaming_without_buffering(
    make_gateway: GatewayFactory,
) -> None:
    gw, intake, _ = await make_gateway(max_message_size=64 * 1024)
    c = await open_session(gw.smtp_port)
    await c.cmd("MAIL FROM:<anna@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    assert (await c.cmd("DATA")).startswith("354")
    line = b"x" * 998 + b"\r\n"
    chunk = make_message()[:-2] + line * 64
    tracemalloc.start()
    try:
        c.writer.write(chunk)
        for _ in range(8 * 1024 * 1024 // (len(line) * 64)):
            c.writer.write(line * 64)
            await c.writer.drain()
        c.writer.write(b".\r\n")
        await c.writer.drain()
        reply = await c.reply()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert reply == "552 5.3.4 Message too big for this system"
    # 8 MB went through; the gateway kept at most its 64 KB limit (plus buffers).
    assert peak < 2 * 1024 * 1024
    assert intake.stored == []
    # The session goes on: the next message is accepted.
    await c.cmd("MAIL FROM:<anna@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd("DATA")
    await c.send_data(make_message())
    assert (await c.reply()).startswith("250 2.0.0")
    await c.close()


async def test_declared_size_over_limit_refused_at_mail(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(max_message_size=1000)
    c = await open_session(gw.smtp_port)
    assert await c.cmd("MAIL FROM:<a@customer.example> SIZE=5000") == (
        "552 5.3.4 Message too big for this system"
    )
    assert (await c.cmd("MAIL FROM:<a@customer.example> SIZE=500")).startswith("250")
    await c.close()


async def test_long_lines_are_kept(make_gateway: GatewayFactory) -> None:
    gw, intake, _ = await make_gateway()
    body = ("word " * 2000).strip() + "\r\n"
    c = await open_session(gw.smtp_port)
    await c.cmd("MAIL FROM:<a@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd("DATA")
    await c.send_data(make_message(body=body))
    assert (await c.reply()).startswith("250")
    assert (intake.stored[0][0].text_body or "").strip() == body.strip()
    await c.close()


async def test_too_many_recipients(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(max_recipients=2)
    c = await open_session(gw.smtp_port)
    await c.cmd("MAIL FROM:<a@customer.example>")
    assert (await c.cmd(f"RCPT TO:<{GOOD}>")).startswith("250")
    assert (await c.cmd(f"RCPT TO:<{SECOND}>")).startswith("250")
    assert await c.cmd(f"RCPT TO:<{FLAKY}>") == "452 4.5.3 Too many recipients"
    await c.close()


async def test_command_rate_limit(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(max_commands_per_second=5.0)
    c = await open_session(gw.smtp_port)
    answers = await until_refused(c, "NOOP")
    assert answers[:9] == ["250 OK"] * 9  # a burst of 10 commands, EHLO included
    assert answers[-1] == "421 4.7.0 Too much traffic from your address, closing connection"
    assert await c.reader.read() == b""  # closed
    await c.close()


async def test_byte_rate_limit(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(max_bytes_per_second=100, max_message_size=1000)
    c = await open_session(gw.smtp_port)
    # Budget: one full message plus 4 KB of commands, then 100 bytes a second.
    answers = await until_refused(c, "NOOP " + "x" * 400)
    assert 10 <= len(answers) <= 14
    assert answers[-1] == "421 4.7.0 Too much traffic from your address, closing connection"
    await c.close()


async def test_connections_per_ip_and_total(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(max_connections_per_ip=2)
    first = await open_session(gw.smtp_port)
    second = await open_session(gw.smtp_port)
    third = await RawClient.connect(gw.smtp_port)
    assert await third.reply() == "421 4.7.0 Too many connections, try again later"
    await third.close()
    await first.close()
    await asyncio.sleep(0.1)
    fourth = await RawClient.connect(gw.smtp_port)
    assert (await fourth.reply()).startswith("220 ")
    for c in (second, fourth):
        await c.close()
    gw2, _, _ = await make_gateway(max_connections=1)
    one = await open_session(gw2.smtp_port)
    two = await RawClient.connect(gw2.smtp_port)
    assert (await two.reply()).startswith("421 4.7.0")
    for c in (one, two):
        await c.close()


async def test_idle_and_data_timeouts(make_gateway: GatewayFactory) -> None:
    gw, intake, _ = await make_gateway(idle_timeout=0.5, data_timeout=0.7)
    idle = await open_session(gw.smtp_port)
    assert await idle.reply(timeout=5) == "421 4.4.2 Connection timed out, closing"
    await idle.close()
    slow = await open_session(gw.smtp_port)
    await slow.cmd("MAIL FROM:<a@customer.example>")
    await slow.cmd(f"RCPT TO:<{GOOD}>")
    await slow.cmd("DATA")
    # Keep sending slowly: each line is well within the idle timeout, the DATA phase is not.
    for _ in range(3):
        slow.writer.write(b"still typing\r\n")
        await asyncio.sleep(0.3)
    assert await slow.reply(timeout=5) == "421 4.4.2 Connection timed out, closing"
    await slow.close()
    assert intake.stored == []


async def test_starttls(make_gateway: GatewayFactory, certificate: tuple[object, object]) -> None:
    cert, key = certificate
    gw, intake, _ = await make_gateway(tls_cert=cert, tls_key=key)
    smtp = aiosmtplib.SMTP(
        hostname="127.0.0.1", port=gw.smtp_port, start_tls=False, validate_certs=False
    )
    await smtp.connect()
    await smtp.ehlo()
    assert smtp.supports_extension("starttls")
    await smtp.starttls()
    errors, _ = await smtp.sendmail("anna@customer.example", [GOOD], make_message())
    await smtp.quit()
    assert errors == {}
    assert intake.stored[0][0].tls is True


def proxy_v2(source: str, port: int) -> bytes:
    signature = b"\r\n\r\n\x00\r\nQUIT\n"
    addresses = ipaddress.IPv4Address(source).packed + ipaddress.IPv4Address("192.0.2.1").packed
    payload = addresses + struct.pack("!HH", port, 25)
    return signature + bytes([0x21, 0x11]) + struct.pack("!H", len(payload)) + payload


@pytest.mark.parametrize("version", [1, 2])
async def test_proxy_protocol_gives_the_real_client(
    make_gateway: GatewayFactory, version: int
) -> None:
    gw, intake, table = await make_gateway(proxy_protocol=True, max_connections_per_ip=1)
    table.add("customer.example", "TXT", "v=spf1 ip4:203.0.113.7 -all")
    header = (
        b"PROXY TCP4 203.0.113.7 192.0.2.1 40000 25\r\n"
        if version == 1
        else proxy_v2("203.0.113.7", 40000)
    )
    c = await open_session(gw.smtp_port, prefix=header)
    # Per-address limits apply to the real client, not to the balancer's address.
    same = await RawClient.connect(gw.smtp_port, header)
    assert (await same.reply()).startswith("421 4.7.0")
    other_header = (
        b"PROXY TCP4 198.51.100.9 192.0.2.1 40001 25\r\n"
        if version == 1
        else proxy_v2("198.51.100.9", 40001)
    )
    other = await open_session(gw.smtp_port, prefix=other_header)
    await c.cmd("MAIL FROM:<anna@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd("DATA")
    await c.send_data(make_message())
    assert (await c.reply()).startswith("250")
    message = intake.stored[0][0]
    assert (message.client_address, message.client_port) == ("203.0.113.7", 40000)
    assert message.auth.spf == "pass"
    for client in (c, same, other):
        await client.close()


async def test_missing_proxy_header_is_dropped(make_gateway: GatewayFactory) -> None:
    gw, _, _ = await make_gateway(proxy_protocol=True)
    c = await RawClient.connect(gw.smtp_port, b"EHLO not-a-proxy-header\r\n")
    assert await c.reply() == ""
    await c.close()


async def test_metrics(make_gateway: GatewayFactory) -> None:
    from core.settings import HostPort

    gw, _, _ = await make_gateway(metrics_listen=HostPort("127.0.0.1", 0))
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=gw.smtp_port, start_tls=False)
    await smtp.connect()
    await smtp.sendmail("anna@customer.example", [GOOD], make_message())
    await smtp.mail("anna@customer.example")
    with pytest.raises(aiosmtplib.SMTPRecipientRefused):
        await smtp.rcpt("capture.nobody.1.x@reply.relance.test")
    await smtp.quit()
    sample = gw.registry.get_sample_value
    assert (
        sample("relance_gateway_messages_accepted_total", {"listener": "smtp", "kind": "reply"})
        == 1
    )
    assert (
        sample("relance_gateway_rejections_total", {"listener": "smtp", "reason": "no_mailbox"})
        == 1
    )
    assert sample("relance_gateway_dkim_verdicts_total", {"result": "none"}) == 1
    reader, writer = await asyncio.open_connection("127.0.0.1", gw.metrics_port)
    writer.write(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
    text = (await reader.read()).decode()
    writer.close()
    assert text.startswith("HTTP/1.1 200 OK")
    assert "relance_gateway_messages_accepted_total" in text


async def test_graceful_shutdown(make_gateway: GatewayFactory) -> None:
    gw, intake, _ = await make_gateway()
    intake.store_delay = 0.8
    port = gw.smtp_port
    busy = await open_session(port)
    idle = await open_session(port)
    await busy.cmd("MAIL FROM:<anna@customer.example>")
    await busy.cmd(f"RCPT TO:<{GOOD}>")
    await busy.cmd("DATA")
    await busy.send_data(make_message())
    await asyncio.sleep(0.2)  # the store is running now
    stopping = asyncio.create_task(gw.stop(grace=5.0))
    await asyncio.sleep(0.1)
    late = await RawClient.connect(port)
    assert await late.reply() == "421 4.3.2 Service shutting down, try again later"
    assert await idle.reply() == "421 4.3.2 Service shutting down, try again later"
    # The transaction in flight finishes with its 250, then the session is closed.
    assert (await busy.reply()).startswith("250 2.0.0")
    assert await busy.reply() == "421 4.3.2 Service shutting down, try again later"
    await stopping
    assert len(intake.stored) == 1
    with pytest.raises(OSError):
        await asyncio.open_connection("127.0.0.1", port)
    for c in (busy, idle, late):
        await c.close()


async def test_data_framing_edge_cases(make_gateway: GatewayFactory) -> None:
    gw, intake, _ = await make_gateway()
    c = await open_session(gw.smtp_port)
    # Terminator split across writes, byte by byte.
    await c.cmd("MAIL FROM:<a@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd("DATA")
    for piece in (b"Subject: split\r\n\r\nbody\r", b"\n", b".", b"\r", b"\n"):
        c.writer.write(piece)
        await c.writer.drain()
        await asyncio.sleep(0.02)
    assert (await c.reply()).startswith("250 2.0.0")
    assert intake.stored[-1][0].size == len(b"Subject: split\r\n\r\nbody\r\n")
    # An empty message, and commands pipelined right after the dot.
    await c.cmd("MAIL FROM:<a@customer.example>")
    await c.cmd(f"RCPT TO:<{GOOD}>")
    await c.cmd("DATA")
    c.writer.write(b".\r\nNOOP\r\nQUIT\r\n")
    assert (await c.reply()).startswith("250 2.0.0")
    assert await c.reply() == "250 OK"
    assert await c.reply() == "221 Bye"
    assert intake.stored[-1][0].size == 0
    await c.close()
