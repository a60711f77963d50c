"""A running Gateway on loopback with an in-memory Intake, DKIM keys, a test certificate and DNS."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import subprocess
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import dkim
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
from prometheus_client import CollectorRegistry

from core.errors import TemporaryFailure
from core.settings import HostPort, Settings
from gateway.dns import MemoryLookup
from gateway.intake import Delivery, Recipient
from gateway.message import ReceivedMessage
from gateway.server import Gateway

REPLY_DOMAIN = "reply.relance.test"
TENANT = uuid.UUID("00000000-0000-0000-0000-0000000000aa")
GOOD = f"capture.acme.1.goodtoken@{REPLY_DOMAIN}"
SECOND = f"capture.acme.2.secondtok@{REPLY_DOMAIN}"
FLAKY = f"capture.acme.3.flakytoken@{REPLY_DOMAIN}"
DOWN = f"capture.acme.4.dbdowntok@{REPLY_DOMAIN}"
SELECTOR = "s1"
SIGNING_DOMAIN = "customer.example"


class MemoryIntake:
    """Storage stand-in: known addresses, stored messages, and switches to make it fail."""

    def __init__(self) -> None:
        self.known = {
            GOOD: Recipient(address=GOOD, tenant_id=TENANT, customer_id=uuid.uuid4()),
            SECOND: Recipient(address=SECOND, tenant_id=TENANT, customer_id=uuid.uuid4()),
            FLAKY: Recipient(address=FLAKY, tenant_id=TENANT, customer_id=uuid.uuid4()),
        }
        self.stored: list[tuple[ReceivedMessage, list[Recipient]]] = []
        self.fail_store = False
        self.store_delay = 0.0
        self.resolve_down: set[str] = {DOWN}

    async def resolve_recipient(self, address: str) -> Recipient | None:
        if address.lower() in self.resolve_down:
            raise TemporaryFailure("database down")
        return self.known.get(address.lower())

    async def store(
        self, message: ReceivedMessage, recipients: Sequence[Recipient]
    ) -> list[Delivery]:
        if self.store_delay:
            await asyncio.sleep(self.store_delay)
        if self.fail_store:
            raise TemporaryFailure("database down")
        # FLAKY stands for a customer whose row could not be written: no Delivery for it.
        kept = [r for r in recipients if r.address != FLAKY]
        self.stored.append((message, list(recipients)))
        return [Delivery(recipient=r, message_id=uuid.uuid4(), duplicate=False) for r in kept]


def run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@pytest.fixture(scope="session")
def dkim_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """(private key PEM, TXT record) of a fresh 2048-bit RSA key."""
    folder = tmp_path_factory.mktemp("dkim")
    key = folder / "key.pem"
    run("openssl", "genrsa", "-traditional", "-out", str(key), "2048")
    der = subprocess.run(
        ["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    return key.read_bytes(), "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    run(
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert),
    )  # fmt: skip
    return cert, key


def sign(raw: bytes, key: bytes, domain: str = SIGNING_DOMAIN, selector: str = SELECTOR) -> bytes:
    """Prepend a DKIM-Signature made with dkimpy."""
    header = dkim.sign(
        raw,
        selector.encode(),
        domain.encode(),
        key,
        include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
    )
    return bytes(header) + raw


def make_message(
    *,
    sender: str = "anna@customer.example",
    to: str = GOOD,
    subject: str = "Re: Payment reminder - invoice INV-1",
    body: str = "We will pay INV-1 on Friday.\r\n",
    extra: str = "",
) -> bytes:
    return (
        f"From: Anna <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: Mon, 24 Nov 2026 10:00:00 +0100\r\nMessage-ID: <{uuid.uuid4().hex}@customer.example>\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n{extra}\r\n{body}"
    ).encode()


def gateway_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "smtp_listen": HostPort("127.0.0.1", 0),
        "lmtp_listen": HostPort("127.0.0.1", 0),
        "hostname": "mx.relance.test",
        "reply_domain": REPLY_DOMAIN,
        "dns_timeout": 0.5,
        "db_timeout": 2.0,
        "max_message_size": 64 * 1024,
        "max_recipients": 5,
        "max_connections_per_ip": 50,
        "max_connections": 200,
        "max_commands_per_second": 2000.0,
        "max_bytes_per_second": 50 * 1024 * 1024,
        "idle_timeout": 30.0,
        "data_timeout": 30.0,
    }
    values.update(overrides)
    return Settings(**values)


GatewayFactory = Callable[..., Awaitable[tuple[Gateway, MemoryIntake, MemoryLookup]]]


@pytest.fixture
async def make_gateway(dkim_key: tuple[bytes, str]) -> AsyncIterator[GatewayFactory]:
    """Start gateways with given settings; every one is stopped after the test."""
    started: list[Gateway] = []

    async def factory(
        lookup: Any = None, intake: MemoryIntake | None = None, **overrides: Any
    ) -> tuple[Gateway, MemoryIntake, MemoryLookup]:
        table = MemoryLookup()
        table.add(f"{SELECTOR}._domainkey.{SIGNING_DOMAIN}", "TXT", dkim_key[1])
        store = intake or MemoryIntake()
        gateway = Gateway(
            gateway_settings(**overrides), store, lookup or table, CollectorRegistry(),
            shutdown_grace=5.0,
        )  # fmt: skip
        await gateway.start()
        started.append(gateway)
        return gateway, store, table

    yield factory
    for gateway in started:
        await gateway.stop(grace=1.0)


@pytest.fixture
async def gateway(make_gateway: GatewayFactory) -> tuple[Gateway, MemoryIntake, MemoryLookup]:
    return await make_gateway()


class RawClient:
    """A line-level SMTP/LMTP client, for what client libraries do not let a test do."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, port: int, prefix: bytes = b"") -> RawClient:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        if prefix:
            writer.write(prefix)
        return cls(reader, writer)

    async def reply(self, timeout: float = 10.0) -> str:
        """One complete (possibly multi-line) reply, as text; "" when the server closed."""
        lines: list[str] = []
        while True:
            line = await asyncio.wait_for(self.reader.readline(), timeout)
            if not line:
                return "\n".join(lines)
            text = line.decode("utf-8", "replace").rstrip("\r\n")
            lines.append(text)
            if len(text) < 4 or text[3] != "-":
                return "\n".join(lines)

    async def cmd(self, line: str) -> str:
        self.writer.write(line.encode() + b"\r\n")
        await self.writer.drain()
        return await self.reply()

    async def send_data(self, raw: bytes) -> None:
        stuffed = b"\r\n".join(
            b"." + ln if ln.startswith(b".") else ln for ln in raw.split(b"\r\n")
        )
        if not stuffed.endswith(b"\r\n"):
            stuffed += b"\r\n"
        self.writer.write(stuffed + b".\r\n")
        await self.writer.drain()

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()


class DnsServer(asyncio.DatagramProtocol):
    """A tiny authoritative UDP DNS responder for TXT/A records; names in `drop` never answer."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], list[str]] = {}
        self.drop: set[str] = set()
        self.transport: Any = None
        self.port = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        query = dns.message.from_wire(data)
        question = query.question[0]
        name = question.name.to_text().lower().rstrip(".")
        if name in self.drop:
            return
        rdtype = dns.rdatatype.to_text(question.rdtype)
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        values = self.records.get((name, rdtype))
        if values:
            texts = [
                " ".join(f'"{v[i : i + 200]}"' for i in range(0, len(v), 200)) if rdtype == "TXT"
                else v
                for v in values
            ]  # fmt: skip
            response.answer.append(dns.rrset.from_text_list(question.name, 60, "IN", rdtype, texts))
        elif not any(key[0] == name for key in self.records):
            response.set_rcode(dns.rcode.NXDOMAIN)
        self.transport.sendto(response.to_wire(), addr)


@pytest.fixture
async def dns_server() -> AsyncIterator[DnsServer]:
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_datagram_endpoint(
        DnsServer, local_addr=("127.0.0.1", 0)
    )
    protocol.port = transport.get_extra_info("sockname")[1]
    yield protocol
    transport.close()
