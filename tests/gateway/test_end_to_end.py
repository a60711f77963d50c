"""The gateway on its real storage: PostgreSQL and Redis behind TCP proxies a test can cut.

SMTP and LMTP over loopback to a running Gateway with PgIntake; rows checked as the owner
sees them; outages simulated by cutting the test's own proxies, never the shared servers.
"""

from __future__ import annotations

import email
import email.policy
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import urlsplit

import asyncpg
import pytest
from prometheus_client import CollectorRegistry

from core.accounts import create_tenant, create_user
from core.capture import capture_address, new_token
from core.db import Pool, create_pool, unit_of_work
from core.ids import TenantId
from core.settings import Settings
from gateway.dns import MemoryLookup
from gateway.server import Gateway
from gateway.store import JobQueue, PgIntake
from tests.conftest import REDIS_URL
from tests.gateway.conftest import SELECTOR, SIGNING_DOMAIN, RawClient, gateway_settings, sign
from tests.support.tcpproxy import TcpProxy
from worker.settings import build_worker


@dataclass
class Site:
    gateway: Gateway
    intake: PgIntake
    pool: Pool
    pg: TcpProxy
    redis: TcpProxy
    settings: Settings
    tenant: TenantId
    addresses: dict[str, str]
    queue_name: str

    async def session(self, lmtp: bool = False) -> RawClient:
        port = self.gateway.lmtp_port if lmtp else self.gateway.smtp_port
        assert port is not None
        client = await RawClient.connect(port)
        assert (await client.reply()).startswith("220")
        assert (await client.cmd("LHLO test.client" if lmtp else "EHLO test.client")).startswith(
            "250"
        )
        return client

    async def send(self, to: list[str], raw: bytes, *, lmtp: bool = False) -> list[str]:
        client = await self.session(lmtp)
        try:
            assert (await client.cmd("MAIL FROM:<ap@customer.example>")).startswith("250")
            for address in to:
                assert (await client.cmd(f"RCPT TO:<{address}>")).startswith("250")
            assert (await client.cmd("DATA")).startswith("354")
            await client.send_data(raw)
            return [await client.reply() for _ in (to if lmtp else [None])]
        finally:
            await client.close()


def _through(url: str, port: int, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = f"{user}@127.0.0.1:{port}" if user else f"127.0.0.1:{port}"
    return f"{parts.scheme}://{netloc}{parts.path}"


@pytest.fixture
async def site(
    settings: Settings, pool: Pool, dkim_key: tuple[bytes, str], unique: str
) -> AsyncIterator[Site]:
    pg_url, redis_url = urlsplit(settings.database_url), urlsplit(REDIS_URL)
    pg = await TcpProxy(pg_url.hostname or "127.0.0.1", pg_url.port or 5432).start()
    redis = await TcpProxy(redis_url.hostname or "127.0.0.1", redis_url.port or 6379).start()
    through = gateway_settings(
        reply_domain=settings.reply_domain,
        database_url=settings.database_url,
        redis_url=_through(REDIS_URL, redis.port),
        max_message_size=2 * 1024 * 1024,
    )
    gw_pool = await create_pool(
        _through(settings.database_url, pg.port, "relance_app"), size=3, timeout=2
    )
    queue_name = f"relance-test-e2e-{unique}"
    registry = CollectorRegistry()
    intake = PgIntake(through, gw_pool, JobQueue(through, queue_name=queue_name), registry)
    lookup = MemoryLookup()
    lookup.add(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT", dkim_key[1])
    gateway = Gateway(through, intake, lookup, registry, shutdown_grace=2.0)
    await gateway.start()
    slug = f"e2e-{unique}"
    tenant = await create_tenant(pool, slug, slug, internal_domains=["tenant.example"])
    await create_user(pool, tenant, "sales@tenant.example", role="collector")
    addresses: dict[str, str] = {}
    async with unit_of_work(pool, tenant) as conn:
        for number, enabled in (("1", True), ("2", True), ("off", False)):
            token = new_token()
            customer = await conn.fetchval(
                "insert into customers (tenant_id, number, name, capture_token, capture_enabled)"
                " values (relance_current_tenant(), $1, $1, $2, $3) returning id",
                number,
                token,
                enabled,
            )
            await conn.execute(
                "insert into contacts (tenant_id, customer_id, external_ref, email)"
                " values (relance_current_tenant(), $1, $2, $3)",
                customer,
                f"c{number}",
                f"ap{number}@customer.example",
            )
            addresses[number] = capture_address(slug, number, token, settings.reply_domain)
    yield Site(gateway, intake, gw_pool, pg, redis, settings, tenant, addresses, queue_name)
    await gateway.stop(grace=1.0)
    await intake._queue.close()
    await gw_pool.close()
    await pg.stop()
    await redis.stop()


def reply(*, body: str = "We will pay invoice INV-1 on Friday.\r\n", extra: str = "") -> bytes:
    return (
        "From: Anna <ap1@customer.example>\r\nTo: ar@tenant.example\r\n"
        "Subject: Re: Payment reminder\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@customer.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n{extra}\r\n{body}"
    ).encode()


async def rows(owner: asyncpg.Connection, tenant: TenantId) -> list[asyncpg.Record]:
    return await owner.fetch(
        "select * from inbound_messages where tenant_id = $1 order by received_at", tenant
    )


async def test_refused_addresses_all_get_the_same_550(site: Site) -> None:
    good = site.addresses["1"]
    token = good.split(".")[3].split("@")[0]
    candidates = [
        good.replace(token, new_token()),  # forged token
        site.addresses["off"],  # capture disabled for this customer
        good.replace(".1.", ".999."),  # unknown customer
        good.replace(f"capture.{good.split('.')[1]}.", "capture.no-such-tenant."),
        f"postmaster@{site.settings.reply_domain}",
        "someone@elsewhere.example",
    ]
    client = await site.session()
    try:
        assert (await client.cmd("MAIL FROM:<x@customer.example>")).startswith("250")
        answers = {await client.cmd(f"RCPT TO:<{address}>") for address in candidates}
    finally:
        await client.close()
    assert answers == {"550 5.1.1 No such recipient here"}


async def test_dkim_attachments_and_authentication_results_are_stored(
    site: Site, owner: asyncpg.Connection, dkim_key: tuple[bytes, str]
) -> None:
    secret = os.urandom(48).hex()  # attachment bytes that must never reach the database
    message = EmailMessage()
    message["From"] = f"Anna <ap1@{SIGNING_DOMAIN}>"
    message["To"] = site.addresses["1"]
    message["Subject"] = "Re: reminder"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    message["Message-ID"] = f"<{uuid.uuid4().hex}@customer.example>"
    message.set_content("Payment sent today, remittance attached.")
    message.add_attachment(
        secret.encode(), maintype="application", subtype="pdf", filename="remit.pdf"
    )
    message.add_attachment(
        b"\x89PNG" + os.urandom(300), maintype="image", subtype="png", filename="a.png"
    )
    raw = message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    [answer] = await site.send([site.addresses["1"]], sign(raw, dkim_key[0]))
    assert answer.startswith("250 ")
    [row] = await rows(owner, site.tenant)
    assert row["attachment_count"] == 2
    assert {a["filename"] for a in row["attachments"]} == {"remit.pdf", "a.png"}
    assert row["dkim"][0]["result"] == "pass" and row["dkim"][0]["aligned"] is True
    assert "dkim=pass" in row["authentication_results"]
    dump = str(dict(row))
    assert secret not in dump and "PNG" not in dump.replace("image/png", "")


async def test_duplicate_answered_250_and_stored_once(
    site: Site, owner: asyncpg.Connection
) -> None:
    raw = reply()
    assert (await site.send([site.addresses["1"]], raw))[0].startswith("250")
    assert (await site.send([site.addresses["1"]], raw))[0].startswith("250")
    assert len(await rows(owner, site.tenant)) == 1


async def test_one_message_for_two_customers_over_lmtp(
    site: Site, owner: asyncpg.Connection
) -> None:
    answers = await site.send([site.addresses["1"], site.addresses["2"]], reply(), lmtp=True)
    assert [a[:3] for a in answers] == ["250", "250"]
    stored = await rows(owner, site.tenant)
    assert len(stored) == 2 and len({r["customer_id"] for r in stored}) == 2


async def test_auto_reply_and_bounce_recognised(site: Site, owner: asyncpg.Connection) -> None:
    ooo = reply(
        body="I am out of the office until 30 November.\r\n",
        extra="Auto-Submitted: auto-replied\r\n",
    )
    assert (await site.send([site.addresses["1"]], ooo))[0].startswith("250")
    dsn = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>\r\n"
        f"To: {site.addresses['2']}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@mx.customer.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.customer.example\r\n\r\n"
        "Final-Recipient: rfc822; ap2@customer.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <reminder-1@relance.test>\r\n"
        "--b--\r\n"
    ).encode()
    assert (await site.send([site.addresses["2"]], dsn))[0].startswith("250")
    kinds = {(r["kind"], r["auto_submitted"]) for r in await rows(owner, site.tenant)}
    assert kinds == {("auto_reply", True), ("bounce", False)}
    reason = await owner.fetchval(
        "select undeliverable_reason from contacts where tenant_id = $1 and email = 'ap2@customer.example'",
        site.tenant,
    )
    assert reason and "5.1.1" in reason


async def test_forward_from_staff_attributed_to_original_author(
    site: Site, owner: asyncpg.Connection
) -> None:
    inbox = await owner.fetchval("select inbox_token from tenants where id = $1", site.tenant)
    slug = site.addresses["1"].split(".")[1]
    address = f"inbox.{slug}.{inbox}@{site.settings.reply_domain}"
    body = (
        "FYI, see below.\r\n\r\n---------- Forwarded message ---------\r\n"
        "From: AP Two <ap2@customer.example>\r\nDate: Mon, 23 Nov 2026 at 09:12\r\n"
        "Subject: Invoice INV-7\r\nTo: Sales <sales@tenant.example>\r\n\r\n"
        "We dispute invoice INV-7: the goods arrived damaged.\r\n"
    )
    raw = (
        "From: Sales <sales@tenant.example>\r\n"
        f"To: {address}\r\nSubject: Fwd: Invoice INV-7\r\nDate: Mon, 23 Nov 2026 11:00:00 +0100\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@tenant.example>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()
    assert (await site.send([address], raw))[0].startswith("250")
    [row] = await rows(owner, site.tenant)
    customer_2 = await owner.fetchval(
        "select id from customers where tenant_id = $1 and number = '2'", site.tenant
    )
    assert row["kind"] == "forward" and row["customer_id"] == customer_2
    assert (
        row["attribution_rule"] == "known_contact" and row["forwarded_by"] == "sales@tenant.example"
    )


async def test_postgres_down_gives_451_and_stores_nothing_half(
    site: Site, owner: asyncpg.Connection
) -> None:
    raw = reply()
    client = await site.session()
    try:
        assert (await client.cmd("MAIL FROM:<ap1@customer.example>")).startswith("250")
        assert (await client.cmd(f"RCPT TO:<{site.addresses['1']}>")).startswith("250")
        assert (await client.cmd(f"RCPT TO:<{site.addresses['2']}>")).startswith("250")
        site.pg.cut()
        assert (await client.cmd("DATA")).startswith("354")
        await client.send_data(raw)
        answer = await client.reply(timeout=20)
    finally:
        await client.close()
    assert answer.startswith("451 4.3.0"), answer
    assert await rows(owner, site.tenant) == []
    # While PostgreSQL is away, RCPT itself is a temporary failure, not a refusal.
    client = await site.session()
    try:
        await client.cmd("MAIL FROM:<ap1@customer.example>")
        assert (await client.cmd(f"RCPT TO:<{site.addresses['1']}>")).startswith("451")
    finally:
        await client.close()
    site.pg.restore()
    assert (await site.send([site.addresses["1"], site.addresses["2"]], raw))[0].startswith("250")
    assert len(await rows(owner, site.tenant)) == 2


async def test_redis_down_still_250_and_job_runs_when_back(
    site: Site, owner: asyncpg.Connection
) -> None:
    site.redis.cut()
    assert (await site.send([site.addresses["1"]], reply()))[0].startswith("250")
    [row] = await rows(owner, site.tenant)
    assert row["status"] == "received" and row["enqueued_at"] is None
    assert await site.intake.sweep(older_than_seconds=0) == 0  # Redis still away: nothing lost
    site.redis.restore()
    assert await site.intake.sweep(older_than_seconds=0) >= 1
    worker = build_worker(site.settings, queue_name=site.queue_name, burst=True)
    try:
        await worker.async_run()
    finally:
        await worker.close()
    status = await owner.fetchval("select status from inbound_messages where id = $1", row["id"])
    replies = await owner.fetchval(
        "select count(*) from replies where inbound_message_id = $1", row["id"]
    )
    assert (status, replies) == ("parsed", 1)


async def test_stored_message_keeps_its_text(site: Site, owner: asyncpg.Connection) -> None:
    body = "Zahlung erfolgt am Freitag. Grüße aus Köln\r\n"
    raw = reply(body=body).replace(b"charset=utf-8", b"charset=iso-8859-1")
    raw = raw.replace(body.encode(), body.encode("iso-8859-1"))
    assert (await site.send([site.addresses["1"]], raw))[0].startswith("250")
    [row] = await rows(owner, site.tenant)
    assert "Grüße aus Köln" in row["text_body"]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert row["message_id_header"] == parsed["Message-ID"].strip("<>")


async def test_hostile_bytes_are_stored_not_refused(site: Site, owner: asyncpg.Connection) -> None:
    """NUL bytes and broken UTF-8 cannot go into PostgreSQL text: they are cleaned, not fatal."""
    body = "Payment\x00 sent \udcff today.\r\n".encode("utf-8", "surrogateescape")
    raw = reply(body="PLACEHOLDER\r\n").replace(b"PLACEHOLDER\r\n", body)
    raw = raw.replace(b"Subject: Re: Payment reminder", b"Subject: Re: \x00 reminder \xff")
    answers = await site.send([site.addresses["1"]], raw)
    assert answers[0].startswith("250"), answers
    [row] = await rows(owner, site.tenant)
    assert "\x00" not in (row["text_body"] or "") and "Payment" in row["text_body"]
    assert "\x00" not in row["subject"]


async def test_random_hostile_messages_are_all_stored(
    site: Site, owner: asyncpg.Connection
) -> None:
    """Storage fuzz: random control characters, charsets and junk in every field a message
    carries into PostgreSQL; with PostgreSQL up, every message is 250 and stored once."""
    import random

    rng = random.Random(20261122)
    alphabet = "\x00\x01\x7f\x80\xa0\u200b\u202e\udc9f\udcff\ufeff\ufffdé漢字 <>\"'\\;--\t"

    def junk(size: int) -> str:
        return "".join(rng.choice(alphabet + "abcXYZ0123") for _ in range(size))

    sent = 0
    for n in range(25):
        charset = rng.choice(["utf-8", "iso-8859-1", "x-unknown", "utf-16", "gb2312"])
        body = junk(rng.randint(0, 300)).encode("utf-8", "surrogateescape")
        raw = (
            (
                f"From: {junk(8)} <ap1@customer.example>\r\nTo: ar@tenant.example\r\n"
                f"Subject: {junk(20)}\r\nDate: {junk(5)}\r\nMessage-ID: <fuzz{n}@customer.example>\r\n"
                f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
                f"X-Junk: {junk(30)}\r\n\r\n"
            ).encode("utf-8", "surrogateescape")
            + body
            + b"\r\n"
        )
        answers = await site.send([site.addresses["1"]], raw)
        assert answers[0].startswith("250"), (n, answers)
        sent += 1
    assert len(await rows(owner, site.tenant)) == sent
