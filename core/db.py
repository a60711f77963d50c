"""PostgreSQL access: the application pool and the tenant-scoped unit of work.

The pool connects as the application role, which row-level security always applies to.
Every unit of work is one transaction that first sets `app.tenant_id` for that transaction
only (`set_config(..., true)`), so a connection handed back to the pool carries no tenant.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any, TypeAlias
from uuid import UUID

import asyncpg
import msgspec

from core.errors import TemporaryFailure

if TYPE_CHECKING:
    from asyncpg.pool import PoolConnectionProxy

    # A connection from the pool or a standalone one: code takes either.
    Connection: TypeAlias = asyncpg.Connection[asyncpg.Record] | PoolConnectionProxy[asyncpg.Record]
    Pool: TypeAlias = asyncpg.Pool[asyncpg.Record]
else:
    Connection = asyncpg.Connection
    Pool = asyncpg.Pool

# Errors after which the same work may succeed later: PostgreSQL down, restarting, overloaded.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.InterfaceError,
    asyncpg.QueryCanceledError,
    asyncpg.DeadlockDetectedError,
    asyncpg.SerializationError,
)


async def _init_connection(conn: Connection) -> None:
    for name in ("json", "jsonb"):
        await conn.set_type_codec(
            name, schema="pg_catalog", encoder=_encode_json, decoder=msgspec.json.decode
        )


def _encode_json(value: Any) -> str:
    return msgspec.json.encode(value).decode()


async def create_pool(
    dsn: str, *, size: int = 10, timeout: float = 10.0, min_size: int = 1
) -> Pool:
    """Open a pool; statements running past `timeout` seconds are cancelled by the server."""
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min(min_size, size),
        max_size=size,
        init=_init_connection,
        timeout=timeout,
        command_timeout=timeout,
        server_settings={
            "application_name": "relance",
            "statement_timeout": str(int(timeout * 1000)),
            "idle_in_transaction_session_timeout": str(int(timeout * 3000)),
        },
    )
    assert pool is not None
    return pool


async def connect(dsn: str, *, timeout: float = 10.0) -> Connection:
    """Open one connection with the same codecs as the pool (commands, migrations)."""
    conn: asyncpg.Connection[asyncpg.Record] = await asyncpg.connect(dsn, timeout=timeout)
    await _init_connection(conn)
    return conn


@asynccontextmanager
async def unit_of_work(
    pool: Pool, tenant_id: UUID | None, *, timeout: float = 10.0
) -> AsyncIterator[Connection]:
    """One transaction with the tenant set; commits on success, rolls back on error."""
    async with asyncio.timeout(timeout):
        conn = await pool.acquire()
    try:
        async with conn.transaction():
            if tenant_id is not None:
                await conn.execute("select set_config('app.tenant_id', $1, true)", str(tenant_id))
            yield conn
    finally:
        await pool.release(conn)


@asynccontextmanager
async def transient_as_temporary(what: str) -> AsyncIterator[None]:
    """Turn a transient database fault into TemporaryFailure, naming what was being done."""
    try:
        yield
    except TRANSIENT_ERRORS as exc:
        raise TemporaryFailure(f"{what}: {type(exc).__name__}: {exc}") from exc
