"""From the gateway's 250 to the parsed reply readable through the API, with the rules engine.

The three processes run as in production (`relance gateway`, `relance worker`, `relance api`)
on a database of the benchmark's own. A client sends replies over SMTP at a steady rate and,
in parallel, polls `GET /v1/agenda/replies` every 20 ms; the latency of a reply is the time
from its 250 to the first poll that returns it (so it includes up to one poll interval).
Baseline in the same run: the round trip of a no-op ARQ job through the same Redis (enqueue to
result), the floor of anything that goes through the queue.

Usage: python bench/e2e_latency.py [--messages 300] [--rate 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import smtplib
import socket
import subprocess
import sys
import time
import urllib.request
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import jobs
from core.migrations import migrate
from core.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS = "redis://127.0.0.1:6379/11"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


async def noop(ctx: dict[str, Any]) -> None:
    """The baseline job: nothing to do."""


async def queue_floor(settings: Settings, count: int) -> list[float]:
    from arq.worker import Worker, func

    queue_name = f"relance-bench-noop-{secrets.token_hex(3)}"
    redis = await jobs.connect_queue(settings, queue_name=queue_name)
    worker = Worker(
        functions=[func(noop, name="noop")],
        queue_name=queue_name,
        redis_settings=jobs.redis_settings(settings),
        job_serializer=jobs.serialize,
        job_deserializer=jobs.deserialize,
        poll_delay=0.05,
        handle_signals=False,
    )
    running = asyncio.create_task(worker.async_run())
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        job = await redis.enqueue_job("noop")
        assert job is not None
        await job.result(timeout=10, poll_delay=0.005)
        latencies.append(time.perf_counter() - started)
    running.cancel()
    await worker.close()
    await redis.aclose()
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rate", type=float, default=20.0, help="messages per second")
    args = parser.parse_args()
    name = f"relance_bench_{secrets.token_hex(3)}"
    database_url = SERVER.rsplit("/", 1)[0] + f"/{name}"
    smtp, api = free_port(), free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS,
        "RELANCE_SMTP_LISTEN": f"127.0.0.1:{smtp}",
        "RELANCE_API_LISTEN": f"127.0.0.1:{api}",
        "RELANCE_LOG_LEVEL": "warning",
        "RELANCE_MAX_COMMANDS_PER_SECOND": "10000",
    }
    settings = Settings.from_env(env)

    async def setup() -> None:
        admin = await asyncpg.connect(SERVER)
        await admin.execute(f'create database "{name}"')
        await admin.close()
        await migrate(database_url)

    asyncio.run(setup())
    demo = json.loads(
        subprocess.run(
            [sys.executable, "-m", "cli.main", "demo"], env=env, cwd=ROOT, check=True,
            capture_output=True, text=True,
        ).stdout
    )  # fmt: skip
    key, address = demo["admin_api_key"], demo["capture_addresses"][0]["address"]
    children = [
        subprocess.Popen([sys.executable, "-m", "cli.main", role], env=env, cwd=ROOT)
        for role in ("gateway", "worker", "api")
    ]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with (
                    socket.create_connection(("127.0.0.1", api), 1),
                    socket.create_connection(("127.0.0.1", smtp), 1),
                ):
                    break
            except OSError:
                time.sleep(0.2)
        time.sleep(1.0)  # the worker's first poll
        accepted: dict[str, float] = {}
        seen: dict[str, float] = {}
        done = False

        def poller() -> None:
            request = urllib.request.Request(
                f"http://127.0.0.1:{api}/v1/agenda/replies?limit=100",
                headers={"Authorization": f"Bearer {key}"},
            )
            while not done:
                with urllib.request.urlopen(request, timeout=5) as response:  # loopback URL
                    now = time.perf_counter()
                    for item in json.loads(response.read())["items"]:
                        tag = item["reply_text"].rsplit("ref ", 1)[-1][:12]
                        seen.setdefault(tag, now)
                time.sleep(0.02)

        import threading

        thread = threading.Thread(target=poller, daemon=True)
        thread.start()
        with smtplib.SMTP("127.0.0.1", smtp, timeout=30) as client:
            for _ in range(args.messages):
                tag = secrets.token_hex(6)
                message = EmailMessage()
                message["From"] = "ap@customer1.example"
                message["To"] = address
                message["Subject"] = "Re: Payment reminder"
                message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
                message.set_content(f"We will pay invoice F2026-01001 next Friday. ref {tag}")
                client.send_message(message)
                accepted[tag] = time.perf_counter()
                time.sleep(max(0.0, accepted[tag] + 1 / args.rate - time.perf_counter()))
        wait_until = time.monotonic() + 30
        while len(seen.keys() & accepted.keys()) < len(accepted) and time.monotonic() < wait_until:
            time.sleep(0.1)
        done = True
        thread.join(5)
    finally:
        for child in children:
            child.terminate()
        for child in children:
            child.wait(20)
    floor = asyncio.run(queue_floor(settings, 200))

    async def drop() -> None:
        admin = await asyncpg.connect(SERVER)
        await admin.execute(f'drop database if exists "{name}" with (force)')
        await admin.close()

    asyncio.run(drop())
    latencies = [seen[t] - accepted[t] for t in accepted if t in seen]
    missing = len(accepted) - len(latencies)
    print(f"\n{args.messages} replies at {args.rate:.0f}/s, {missing} not seen within 30 s\n")
    print("| path | p50 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|")
    print(
        f"| baseline: no-op ARQ job round trip | {pct(floor, 0.5):.1f} | {pct(floor, 0.99):.1f} "
        f"| {max(floor) * 1000:.1f} |"
    )
    print(
        f"| 250 to reply readable in the API (20 ms polls) | {pct(latencies, 0.5):.1f} "
        f"| {pct(latencies, 0.99):.1f} | {max(latencies) * 1000:.1f} |"
    )


if __name__ == "__main__":
    main()
