"""ARQ job functions: thin glue between the queue, the database and MAIA."""

from __future__ import annotations

import time
from typing import Any
from uuid import UUID

from arq.worker import Retry
from prometheus_client import Counter, Histogram

from core import metrics
from core.db import TRANSIENT_ERRORS, Pool, unit_of_work
from core.logging import get_logger
from core.settings import Settings
from worker import replies
from worker.reader import Reader

log = get_logger(__name__)

READ = Counter(
    "relance_maia_replies_total",
    "Messages read by MAIA, by outcome and engine",
    ["outcome", "engine"],
    registry=metrics.REGISTRY,
)
READ_SECONDS = Histogram(
    "relance_maia_read_seconds",
    "Time MAIA spent reading one message",
    registry=metrics.REGISTRY,
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30),
)


async def parse_reply(ctx: dict[str, Any], tenant_id: str, message_id: str) -> str:
    """Read one stored message with MAIA and record the reply (safe to run twice)."""
    pool: Pool = ctx["pool"]
    settings: Settings = ctx["settings"]
    reader: Reader = ctx["reader"]
    tenant, message = UUID(tenant_id), UUID(message_id)
    try:
        async with unit_of_work(pool, tenant, timeout=settings.db_timeout) as conn:
            if await replies.already_read(conn, message):
                return "already read"
            loaded = await replies.load_message(conn, message)
    except TRANSIENT_ERRORS as exc:
        raise Retry(defer=min(60, 2 ** ctx.get("job_try", 1))) from exc
    if loaded is None:
        log.warning("maia_message_missing", message_id=message_id, tenant_id=tenant_id)
        return "missing"
    stored, mail, documents = loaded
    started = time.perf_counter()
    try:
        result = await reader.read(mail, documents)
        error = None
    except Exception as exc:  # MAIA must never lose a message: record why and move on
        result, error = None, f"{type(exc).__name__}: {exc}"
    READ_SECONDS.observe(time.perf_counter() - started)
    try:
        async with unit_of_work(pool, tenant, timeout=settings.db_timeout) as conn:
            if result is None:
                await replies.save_failure(conn, stored, error or "unknown error")
            else:
                await replies.save_result(conn, stored, result)
    except TRANSIENT_ERRORS as exc:
        raise Retry(defer=min(60, 2 ** ctx.get("job_try", 1))) from exc
    engine = result.engine if result else "none"
    READ.labels("failed" if result is None else "parsed", engine).inc()
    log.info(
        "maia_read",
        tenant_id=tenant_id,
        message_id=message_id,
        outcome="failed" if result is None else "parsed",
        engine=engine,
        engine_note=result.engine_note if result else error,
    )
    return "failed" if result is None else "parsed"
