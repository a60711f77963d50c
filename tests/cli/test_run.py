"""`relance run --local-services --demo` (what `make run` does) on a machine where nothing
answers on the PostgreSQL and Redis ports: embedded servers, the demo tenant, the three
processes, a reply through SMTP to the API, and a clean stop on SIGTERM."""

from __future__ import annotations

import json
import os
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def get(url: str, key: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"} if key else {})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status, response.read()


@pytest.mark.slow
def test_make_run_path_with_embedded_servers() -> None:
    # The embedded PostgreSQL runs as its own system user: every folder on the way must let
    # it in, which pytest's private tmp_path does not.
    tmp_path = Path(tempfile.mkdtemp(prefix="relance-run-", dir="/tmp"))
    tmp_path.chmod(0o755)
    pg, redis, smtp, api = free_port(), free_port(), free_port(), free_port()
    metrics = free_port()
    while answers(metrics + 1):  # the worker's /metrics takes the next port
        metrics = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        RELANCE_LOCAL_PG_PORT=str(pg),
        RELANCE_LOCAL_REDIS_PORT=str(redis),
        RELANCE_LOCAL_STATE_DIR=str(tmp_path),
        RELANCE_SMTP_LISTEN=f"127.0.0.1:{smtp}",
        RELANCE_API_LISTEN=f"127.0.0.1:{api}",
        RELANCE_LOG_FORMAT="json",
        RELANCE_METRICS_LISTEN=f"127.0.0.1:{metrics}",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "run", "--local-services", "--demo"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert process.stderr is not None and process.stdout is not None
        said: list[str] = []
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            said.append(line)
            if line.startswith("ready"):
                break
        assert said and said[-1].startswith("ready"), "".join(said[-30:])
        assert any("embedded" in line and "PostgreSQL" in line for line in said), "".join(said)
        assert answers(pg) and answers(redis)
        printed = []
        while not printed or printed[-1].rstrip() != "}":
            printed.append(process.stdout.readline())
        demo = json.loads("".join(printed))
        assert demo["tenant"] == "demo"
        address = demo["capture_addresses"][0]["address"]

        status, body = get(f"http://127.0.0.1:{api}/health")
        assert status == 200 and json.loads(body)["status"] == "ok"
        message = EmailMessage()
        message["From"] = "ap@customer.example"
        message["To"] = address
        message["Subject"] = "Re: Payment reminder"
        message["Date"] = "Mon, 23 Nov 2026 10:00:00 +0100"
        message.set_content("We will pay invoice F2026-01001 next Friday.\nRegards, Marie")
        with smtplib.SMTP("127.0.0.1", smtp, timeout=10) as client:
            assert client.send_message(message) == {}
        found = []
        for _ in range(100):
            _, body = get(f"http://127.0.0.1:{api}/v1/agenda/replies", demo["admin_api_key"])
            found = json.loads(body)["items"]
            if found:
                break
            time.sleep(0.1)
        assert found and found[0]["intents"] == ["promise_to_pay"]
        assert found[0]["promise_date"] == "2026-11-27"
        # Prometheus text from each process: gateway and worker on their listeners, API at /metrics.
        _, text = get(f"http://127.0.0.1:{metrics}/metrics")
        assert b'relance_gateway_stored_total{rule="capture_address"} 1.0' in text
        _, text = get(f"http://127.0.0.1:{metrics + 1}/metrics")
        assert b'relance_maia_replies_total{engine="rules",outcome="parsed"} 1.0' in text
        _, text = get(f"http://127.0.0.1:{api}/metrics")
        assert b"relance_http_requests_total" in text
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    assert code == 0
    for port in (pg, redis, smtp, api):
        assert not answers(port), f"port {port} still answers after stop"
    shutil.rmtree(tmp_path, ignore_errors=True)
