"""The ARQ worker, built from our settings (no module-level configuration)."""

from __future__ import annotations

from typing import Any

from arq.worker import Worker, func

from core import jobs
from core.db import create_pool
from core.settings import Settings
from worker.reader import Reader
from worker.tasks import parse_reply


def build_worker(
    settings: Settings, *, queue_name: str = jobs.QUEUE_NAME, burst: bool = False
) -> Worker:
    """An ARQ worker running MAIA jobs; `burst` stops it once the queue is empty (tests)."""

    async def startup(ctx: dict[str, Any]) -> None:
        ctx["settings"] = settings
        ctx["pool"] = await create_pool(
            settings.app_dsn, size=settings.db_pool_size, timeout=settings.db_timeout
        )
        ctx["reader"] = Reader.from_settings(settings)

    async def shutdown(ctx: dict[str, Any]) -> None:
        pool = ctx.get("pool")
        if pool is not None:
            await pool.close()

    return Worker(
        functions=[func(parse_reply, name=jobs.PARSE_REPLY, max_tries=8, timeout=120)],
        queue_name=queue_name,
        redis_settings=jobs.redis_settings(settings, retries=0 if burst else 30),
        job_serializer=jobs.serialize,
        job_deserializer=jobs.deserialize,
        on_startup=startup,
        on_shutdown=shutdown,
        burst=burst,
        max_jobs=20,
        keep_result=3600,
        poll_delay=0.05,
        handle_signals=not burst,
        # On SIGTERM, jobs in flight get this long to finish (they are idempotent anyway).
        job_completion_wait=0 if burst else 10,
    )
