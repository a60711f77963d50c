"""`relance run`: the gateway, the API and the worker as three child processes.

Separate processes keep MAIA's CPU work off the gateway's event loop and use both cores,
exactly as production runs them; this supervisor only starts them, reports where they listen,
and stops them all cleanly on Ctrl-C/SIGTERM or when one of them dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from contextlib import AsyncExitStack
from pathlib import Path

from core.migrations import migrate
from core.settings import HostPort, Settings

PROJECT_DIR = Path(__file__).resolve().parents[1]
PROCESSES = ("gateway", "api", "worker")
STOP_GRACE_SECONDS = 20.0


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def _wait_listening(host: str, port: int, deadline: float) -> bool:
    loop = asyncio.get_running_loop()
    while loop.time() < deadline:
        try:
            _, writer = await asyncio.open_connection(host, port)
        except OSError:
            await asyncio.sleep(0.1)
            continue
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        return True
    return False


async def _stop(children: dict[str, asyncio.subprocess.Process]) -> None:
    for child in children.values():
        if child.returncode is None:
            child.send_signal(signal.SIGTERM)
    try:
        async with asyncio.timeout(STOP_GRACE_SECONDS):
            for child in children.values():
                await child.wait()
    except TimeoutError:
        for name, child in children.items():
            if child.returncode is None:
                _say(f"{name} did not stop in {STOP_GRACE_SECONDS:.0f}s; killing it")
                child.kill()
                await child.wait()


async def run_platform(settings: Settings, *, local_services: bool, demo: bool) -> int:
    """Start everything, block until asked to stop, return the exit code."""
    env = dict(os.environ)
    async with AsyncExitStack() as stack:
        if local_services:
            from cli.localservices import LocalServices

            services = await stack.enter_async_context(
                LocalServices(
                    # Embedded servers keep their data under <dir>/var.
                    project_dir=Path(os.environ.get("RELANCE_LOCAL_STATE_DIR") or PROJECT_DIR),
                    database_url=os.environ.get("DATABASE_URL"),
                    redis_url=os.environ.get("REDIS_URL"),
                    pg_port=int(os.environ.get("RELANCE_LOCAL_PG_PORT", "5432")),
                    redis_port=int(os.environ.get("RELANCE_LOCAL_REDIS_PORT", "6379")),
                    log=_say,
                )
            )
            env["DATABASE_URL"] = services.database_url
            env["REDIS_URL"] = services.redis_url
            settings = Settings.from_env(env)
        ran = await migrate(settings.database_url, app_password=settings.app_db_password)
        _say(f"database: {len(ran)} migration(s) applied, schema current")
        if demo:
            from cli.demo import seed_demo

            credentials = await seed_demo(settings, "demo")
            print(json.dumps(credentials, indent=2), flush=True)
        return await _supervise(settings, env)
    return 1  # pragma: no cover - unreachable, keeps mypy's return analysis simple


def _process_envs(settings: Settings, env: dict[str, str]) -> dict[str, dict[str, str]]:
    """Each child's environment: one machine, so the worker's /metrics takes the next port."""
    envs = {name: dict(env) for name in PROCESSES}
    listen = settings.metrics_listen
    if listen is not None:
        envs["api"].pop("RELANCE_METRICS_LISTEN", None)  # the API serves /metrics itself
        port = listen.port + 1 if listen.port else 0
        envs["worker"]["RELANCE_METRICS_LISTEN"] = str(HostPort(listen.host, port))
    return envs


async def _supervise(settings: Settings, env: dict[str, str]) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    children: dict[str, asyncio.subprocess.Process] = {}
    envs = _process_envs(settings, env)
    try:
        for name in PROCESSES:
            children[name] = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "cli.main", name, env=envs[name], start_new_session=True
            )
        deadline = loop.time() + 60
        ready = all(
            [
                await _wait_listening(
                    settings.smtp_listen.host, settings.smtp_listen.port, deadline
                ),
                await _wait_listening(settings.api_listen.host, settings.api_listen.port, deadline),
            ]
        )
        if not ready:
            _say("the platform did not come up within 60 s; stopping")
            return 1
        _say(f"gateway: SMTP on {settings.smtp_listen}")
        if settings.lmtp_listen:
            _say(f"gateway: LMTP on {settings.lmtp_listen}")
        _say(f"api: http://{settings.api_listen} (OpenAPI at /schema/openapi.json)")
        _say("worker: running (MAIA engine: " + settings.maia_engine + ")")
        if settings.metrics_listen:
            _say(
                f"metrics: gateway {envs['gateway']['RELANCE_METRICS_LISTEN']}, worker "
                f"{envs['worker']['RELANCE_METRICS_LISTEN']}, api /metrics"
            )
        _say("ready: press Ctrl-C to stop")
        waiters = {asyncio.ensure_future(c.wait()): n for n, c in children.items()}
        stopper = asyncio.ensure_future(stop.wait())
        done, _ = await asyncio.wait({stopper, *waiters}, return_when=asyncio.FIRST_COMPLETED)
        stopper.cancel()
        for waiter in waiters:
            waiter.cancel()
        died = [waiters[w] for w in done if w in waiters]
        if died:
            _say(f"{died[0]} exited with code {children[died[0]].returncode}; stopping the others")
            return 1
        _say("stopping")
        return 0
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        await _stop(children)
        _say("stopped")
