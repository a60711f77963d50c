"""Unauthenticated operational endpoints: liveness with a database check, and metrics."""

from __future__ import annotations

import asyncio

import msgspec
from litestar import Response, get

from api.deps import PoolDep
from api.observe import METRICS_CONTENT_TYPE, metrics_text
from api.problems import problem
from core.db import TRANSIENT_ERRORS

# A health probe must answer fast: a database slower than this counts as down.
HEALTH_TIMEOUT_SECONDS = 2.0


class Health(msgspec.Struct, frozen=True, kw_only=True):
    """The service answers and PostgreSQL answers it."""

    status: str


@get("/health", summary="Health check", tags=["operations"])
async def health(pool: PoolDep) -> Health:
    """200 when PostgreSQL answers `select 1` in time; 503 problem otherwise."""
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_SECONDS), pool.acquire() as conn:
            await conn.fetchval("select 1")
    except TRANSIENT_ERRORS as exc:
        raise problem(
            503,
            f"PostgreSQL does not answer: {type(exc).__name__}",
            headers={"Retry-After": "5"},
        ) from exc
    return Health(status="ok")


@get("/metrics", summary="Prometheus metrics", tags=["operations"], include_in_schema=False)
async def metrics() -> Response[bytes]:
    """Every Relance metric of this process in Prometheus text format."""
    return Response(content=metrics_text(), media_type=METRICS_CONTENT_TYPE)
