"""Gateway throughput and latency, whole path, against a bare aiosmtpd ceiling in the same run.

Each message is an 8 KB DKIM-signed reply with a 200 KB PDF attachment. The gateway under test
runs in a child process with the real path: parse, DKIM/SPF/DMARC verification (DNS from an
in-memory table, so the network is not what is measured), attachment stripping, attribution,
the PostgreSQL commit and the ARQ enqueue to Redis. The ceiling is an aiosmtpd handler in a
child process that only answers 250. A raw asyncio SMTP client on 50 persistent connections
measures the time from the end of DATA (the final CRLF.CRLF written) to the reply.

Phase 1: closed loop, as fast as each server goes: messages per second.
Phase 2: open loop at half the gateway's peak rate: p50 / p99 latency.

Usage: python bench/gateway_throughput.py [--messages 1500] [--connections 50]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import multiprocessing
import os
import platform
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg
import dkim

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.migrations import migrate

SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379/12"
DOMAIN = "reply.bench.test"
SIGNER = "customer.example"
SELECTOR = "s1"


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def make_key(folder: Path) -> tuple[bytes, str]:
    key = folder / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-out", str(key), "2048"], check=True, capture_output=True)
    public = subprocess.run(
        ["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    return key.read_bytes(), "v=DKIM1; k=rsa; p=" + base64.b64encode(public).decode()


def make_message(private_key: bytes, to: str, n: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"Accounts Payable <ap@{SIGNER}>"
    message["To"] = "ar@tenant.example"
    message["Cc"] = to
    message["Subject"] = f"RE: Payment reminder - invoice F2026-{n:05d}"
    message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
    message["Message-ID"] = f"<{secrets.token_hex(12)}@{SIGNER}>"
    text = f"We will pay invoice F2026-{n:05d} next Friday.\n"
    quote = "".join(
        f"> line {i} of the quoted reminder about invoice F2026-{i:05d}\n" for i in range(140)
    )
    message.set_content(text + "\nOn Mon, AR wrote:\n" + quote)  # about 8 KB of text
    message.add_attachment(
        os.urandom(200 * 1024), maintype="application", subtype="pdf", filename="remittance.pdf"
    )
    raw = message.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    signature = dkim.sign(raw, SELECTOR.encode(), SIGNER.encode(), private_key)
    return signature + raw


def dot_stuff(raw: bytes) -> bytes:
    lines = raw.split(b"\r\n")
    return (
        b"\r\n".join(b"." + line if line.startswith(b".") else line for line in lines)
        + b"\r\n.\r\n"
    )


# Child processes ------------------------------------------------------------------------------
def run_gateway(env: dict[str, str], port_out: Any, txt: str) -> None:
    os.environ.update(env)

    async def main() -> None:
        from prometheus_client import CollectorRegistry

        from core.db import create_pool
        from core.logging import configure
        from core.settings import Settings
        from gateway.dns import MemoryLookup
        from gateway.server import Gateway
        from gateway.store import JobQueue, PgIntake

        settings = Settings.from_env()
        configure("WARNING", "json", process="gateway")
        pool = await create_pool(settings.app_dsn, size=20)
        registry = CollectorRegistry()
        intake = PgIntake(settings, pool, JobQueue(settings, queue_name="relance-bench"), registry)
        lookup = MemoryLookup({(f"{SELECTOR}._domainkey.{SIGNER}", "TXT"): [txt]})
        gateway = Gateway(settings, intake, lookup, registry)
        await gateway.start()
        port_out.put(gateway.smtp_port)
        await asyncio.Event().wait()

    asyncio.run(main())


def run_ceiling(port_out: Any) -> None:
    from aiosmtpd.controller import Controller

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            return "250 2.0.0 OK"

    import socket

    with socket.socket() as probe:  # aiosmtpd's Controller checks readiness on a fixed port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port, data_size_limit=0)
    controller.start()
    port_out.put(port)
    while True:
        time.sleep(3600)


# The client ---------------------------------------------------------------------------------
class Client:
    def __init__(self, port: int) -> None:
        self.port = port

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(
            "127.0.0.1", self.port, limit=2**20
        )
        await self._reply()
        await self._command(b"EHLO bench.client\r\n")

    async def _reply(self) -> bytes:
        while True:
            line = await self.reader.readline()
            if not line:
                raise ConnectionError("closed")
            if line[3:4] != b"-":
                return line

    async def _command(self, line: bytes) -> bytes:
        self.writer.write(line)
        return await self._reply()

    async def send(self, to: str, payload: bytes) -> float:
        await self._command(b"MAIL FROM:<ap@customer.example>\r\n")
        await self._command(f"RCPT TO:<{to}>\r\n".encode())
        reply = await self._command(b"DATA\r\n")
        assert reply.startswith(b"354"), reply
        self.writer.write(payload)
        await self.writer.drain()
        started = time.perf_counter()
        reply = await self._reply()
        elapsed = time.perf_counter() - started
        if not reply.startswith(b"250"):
            raise RuntimeError(reply.decode(errors="replace"))
        return elapsed

    async def close(self) -> None:
        self.writer.write(b"QUIT\r\n")
        self.writer.close()


async def closed_loop(
    port: int, work: list[tuple[str, bytes]], connections: int
) -> tuple[float, list[float]]:
    queue: asyncio.Queue[tuple[str, bytes]] = asyncio.Queue()
    for item in work:
        queue.put_nowait(item)
    latencies: list[float] = []

    async def worker() -> None:
        client = Client(port)
        await client.open()
        while not queue.empty():
            to, payload = queue.get_nowait()
            latencies.append(await client.send(to, payload))
        await client.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return len(work) / (time.perf_counter() - started), latencies


async def open_loop(
    port: int, work: list[tuple[str, bytes]], connections: int, rate: float
) -> list[float]:
    interval = connections / rate  # each connection's pace
    latencies: list[float] = []

    async def worker(offset: int) -> None:
        client = Client(port)
        await client.open()
        start = time.perf_counter() + offset * (interval / connections)
        for index, (to, payload) in enumerate(work[offset::connections]):
            delay = start + index * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            latencies.append(await client.send(to, payload))
        await client.close()

    await asyncio.gather(*(worker(i) for i in range(connections)))
    return latencies


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def prepare(database_url: str, customers: int) -> list[str]:
    from core.accounts import create_tenant
    from core.capture import capture_address, new_token
    from core.db import create_pool, unit_of_work
    from core.settings import with_user

    await migrate(database_url)
    pool = await create_pool(with_user(database_url, "relance_app", None), size=2)
    tenant = await create_tenant(pool, "bench", "Bench")
    addresses = []
    async with unit_of_work(pool, tenant) as conn:
        for n in range(customers):
            token = new_token()
            await conn.execute(
                "insert into customers (tenant_id, number, name, capture_token)"
                " values (relance_current_tenant(), $1, $1, $2)",
                str(n),
                token,
            )
            addresses.append(capture_address("bench", str(n), token, DOMAIN))
    await pool.close()
    return addresses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=1500)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    name = f"relance_bench_{secrets.token_hex(3)}"
    folder = Path(tempfile.mkdtemp())
    private_key, txt = make_key(folder)

    async def setup() -> list[str]:
        admin = await asyncpg.connect(SERVER)
        await admin.execute(f'create database "{name}"')
        await admin.close()
        return await prepare(SERVER.rsplit("/", 1)[0] + f"/{name}", args.connections)

    addresses = asyncio.run(setup())
    print(f"building {2 * args.messages + 100} signed messages...", file=sys.stderr)

    def batch(count: int) -> list[tuple[str, bytes]]:
        # Fresh Message-IDs for every phase: a resent message would only hit deduplication.
        return [
            (
                addresses[n % len(addresses)],
                dot_stuff(make_message(private_key, addresses[n % len(addresses)], n)),
            )
            for n in range(count)
        ]

    warmup, work, paced_work = batch(100), batch(args.messages), batch(args.messages)
    size = len(work[0][1])
    env = {
        "DATABASE_URL": SERVER.rsplit("/", 1)[0] + f"/{name}",
        "REDIS_URL": REDIS,
        "RELANCE_REPLY_DOMAIN": DOMAIN,
        "RELANCE_SMTP_LISTEN": "127.0.0.1:0",
        "RELANCE_MAX_CONNECTIONS_PER_IP": "500",
        "RELANCE_MAX_COMMANDS_PER_SECOND": "100000",
        "RELANCE_MAX_BYTES_PER_SECOND": str(10**10),
        "RELANCE_LOG_LEVEL": "warning",
    }
    ctx = multiprocessing.get_context("spawn")
    ports: Any = ctx.Queue()
    children = [
        ctx.Process(target=run_ceiling, args=(ports,), daemon=True),
    ]
    children[0].start()
    ceiling_port = ports.get(timeout=30)
    gateway = ctx.Process(target=run_gateway, args=(env, ports, txt), daemon=True)
    gateway.start()
    children.append(gateway)
    gateway_port = ports.get(timeout=60)
    try:
        # Warm-up, then both measured on the same messages.
        asyncio.run(closed_loop(gateway_port, warmup, 10))
        ceiling_rate, ceiling_lat = asyncio.run(closed_loop(ceiling_port, work, args.connections))
        gateway_rate, gateway_lat = asyncio.run(closed_loop(gateway_port, work, args.connections))
        half = gateway_rate / 2
        paced = asyncio.run(open_loop(gateway_port, paced_work, args.connections, half))
    finally:
        for child in children:
            child.terminate()
            child.join(5)

        async def drop() -> None:
            admin = await asyncpg.connect(SERVER)
            await admin.execute(f'drop database if exists "{name}" with (force)')
            await admin.close()

        asyncio.run(drop())
    print(
        f"\nMachine: {machine()}; message size {size / 1024:.0f} KB; "
        f"{args.messages} messages; {args.connections} connections\n"
    )
    rows = [
        ("aiosmtpd answering 250 (ceiling)", ceiling_rate, ceiling_lat),
        ("Relance gateway, closed loop", gateway_rate, gateway_lat),
        (f"Relance gateway at half its peak ({half:.0f}/s)", half, paced),
    ]
    print("| server | msgs/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|")
    for label, rate, latencies in rows:
        print(f"| {label} | {rate:.0f} | {pct(latencies, 0.5):.1f} | {pct(latencies, 0.99):.1f} |")
    print(
        f"\nratio gateway/ceiling: {gateway_rate / ceiling_rate:.2f}; "
        f"mean gateway latency {statistics.mean(gateway_lat) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
