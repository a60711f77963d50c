"""The three long-running processes, each started alone by `relance gateway|api|worker`."""

from __future__ import annotations

import asyncio

from core import metrics
from core.db import connect
from core.logging import configure, get_logger
from core.migrations import ensure_current
from core.settings import Settings


async def _check_schema(settings: Settings) -> None:
    """Refuse to start on a database that lacks migrations (SchemaBehind)."""
    conn = await connect(settings.database_url, timeout=settings.db_timeout)
    try:
        await ensure_current(conn)
    finally:
        await conn.close()


async def serve_api(settings: Settings) -> None:
    """Serve the HTTP API with uvicorn until SIGINT/SIGTERM."""
    configure(settings.log_level, settings.log_format, process="api")
    await _check_schema(settings)
    import uvicorn

    from api.app import create_app

    config = uvicorn.Config(
        create_app(settings),
        host=settings.api_listen.host,
        port=settings.api_listen.port,
        log_config=None,
        access_log=False,
        proxy_headers=True,
        timeout_graceful_shutdown=10,
    )
    get_logger(__name__).info("api_starting", listen=str(settings.api_listen))
    await uvicorn.Server(config).serve()


async def serve_gateway(settings: Settings) -> None:
    """Serve SMTP (and LMTP) until SIGINT/SIGTERM, finishing transactions in flight."""
    configure(settings.log_level, settings.log_format, process="gateway")
    await _check_schema(settings)
    from gateway.service import serve

    await serve(settings)


async def serve_worker(settings: Settings) -> None:
    """Run the ARQ worker until SIGINT/SIGTERM."""
    configure(settings.log_level, settings.log_format, process="worker")
    await _check_schema(settings)
    from worker.settings import build_worker

    metrics.serve(settings.metrics_listen)
    worker = build_worker(settings)
    try:
        await worker.async_run()
    except asyncio.CancelledError:
        # arq stops on SIGTERM/SIGINT by cancelling its main task after finishing jobs.
        get_logger(__name__).info("worker_stopped")
    finally:
        await worker.close()
