"""`relance gateway`: the Gateway on PostgreSQL storage, real DNS, and the outbox sweeper."""

from __future__ import annotations

import asyncio
import contextlib
import signal

from core import metrics
from core.db import TRANSIENT_ERRORS, create_pool
from core.logging import get_logger
from core.settings import Settings
from gateway.dns import DnsPythonLookup
from gateway.server import Gateway
from gateway.store import JobQueue, PgIntake

log = get_logger(__name__)

# How often stored-but-unqueued messages (Redis was down) are looked for.
SWEEP_INTERVAL_SECONDS = 5.0


async def _sweep_forever(intake: PgIntake) -> None:
    while True:
        await asyncio.sleep(SWEEP_INTERVAL_SECONDS)
        try:
            await intake.sweep()
        except TRANSIENT_ERRORS as exc:  # PostgreSQL away: try again next round
            log.warning("sweeper_failed", error=type(exc).__name__)


async def serve(settings: Settings) -> None:
    """Run until SIGINT/SIGTERM, then drain: transactions in flight finish, new ones get 421."""
    pool = await create_pool(
        settings.app_dsn, size=settings.db_pool_size, timeout=settings.db_timeout
    )
    queue = JobQueue(settings)
    intake = PgIntake(settings, pool, queue, metrics.REGISTRY)
    gateway = Gateway(
        settings, intake, DnsPythonLookup(timeout=settings.dns_timeout), metrics.REGISTRY
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await gateway.start()
    sweeper = asyncio.create_task(_sweep_forever(intake))
    try:
        await stop.wait()
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        await gateway.stop()
        await queue.close()
        await pool.close()
