"""LocalServices against real servers: given URLs, the machine's own servers, embedded ones."""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
import redis.asyncio as aioredis

from cli.embedded_pg import EmbeddedPostgres
from cli.embedded_redis import EmbeddedValkey
from cli.localservices import LocalServices, LocalServicesError, free_port

REPO = Path(__file__).resolve().parents[2]

# A `relance run` stand-in: enter LocalServices, say READY, wait to be interrupted or killed.
CHILD = """
import asyncio, sys
from pathlib import Path
from cli.localservices import LocalServices

async def main() -> None:
    async with LocalServices(project_dir=Path(sys.argv[1]), database_url=None, redis_url=None,
                             pg_port=int(sys.argv[2]), redis_port=int(sys.argv[3]),
                             log=lambda line: print(line, flush=True)) as services:
        print("READY", services.database_url, services.redis_url, flush=True)
        await asyncio.sleep(3600)

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    """True when pid runs (a zombie left to a non-reaping init counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _pid(path: Path) -> int:
    return int(path.read_text().splitlines()[0])


@pytest.fixture
def project_dir() -> Iterator[Path]:
    """A throwaway project folder the dedicated postgres user can enter (pytest's is 0700)."""
    path = Path(tempfile.mkdtemp(prefix="relance-ls-"))
    path.chmod(0o755)
    yield path
    # Never leak a server, even when a test failed half-way.
    pg = EmbeddedPostgres(path / "var" / "pg")
    if pg.is_initialised() and pg.running_port() is not None:
        pg.stop_running()
    EmbeddedValkey(path / "var" / "valkey").stop_orphan()
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def ports() -> tuple[int, int]:
    """Two ports where nothing listens: the preferred PostgreSQL and Redis ports."""
    return free_port(), free_port()


async def _start_child(project: Path, pg_port: int, redis_port: int) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, str(project), str(pg_port), str(redis_port),
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, start_new_session=True,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip


async def _read_until(proc: asyncio.subprocess.Process, text: str, seen: list[str]) -> str:
    assert proc.stdout is not None
    while True:
        raw = await asyncio.wait_for(proc.stdout.readline(), timeout=30)
        line = raw.decode().rstrip()
        seen.append(line)
        assert raw, f"child ended before {text!r}:\n" + "\n".join(seen)
        if text in line:
            return line


async def test_urls_from_the_environment_are_used_as_given(project_dir: Path) -> None:
    logs: list[str] = []
    db_url, redis_url = "postgresql://app:pw@db.invalid:5/x", "redis://cache.invalid:7/3"
    services = LocalServices(
        project_dir=project_dir, database_url=db_url, redis_url=redis_url, log=logs.append
    )
    async with services:
        assert (services.database_url, services.redis_url) == (db_url, redis_url)
        assert (services.pg_source, services.redis_source) == ("env", "env")
    assert logs == ["PostgreSQL: using DATABASE_URL", "Redis: using REDIS_URL"]
    assert not (project_dir / "var").exists()


async def test_the_machines_own_servers_are_used_when_they_answer(project_dir: Path) -> None:
    try:
        conn = await asyncpg.connect(
            host="127.0.0.1", port=5432, user="postgres", database="postgres", timeout=2
        )
    except (OSError, asyncpg.PostgresError, TimeoutError):
        pytest.skip("no PostgreSQL answers on 127.0.0.1:5432 as postgres")
    database = f"relance_ls_test_{secrets.token_hex(4)}"
    try:
        logs: list[str] = []
        for _ in range(2):
            services = LocalServices(
                project_dir=project_dir, database_url=None, redis_url=None,
                database=database, log=logs.append,
            )  # fmt: skip
            async with services:
                assert services.pg_source == "local"
                assert services.redis_source == "local"
                assert services.database_url == f"postgresql://postgres@127.0.0.1:5432/{database}"
                assert services.redis_url == "redis://127.0.0.1:6379/0"
                used = await asyncpg.connect(services.database_url)
                assert await used.fetchval("select current_database()") == database
                await used.close()
        assert logs == [
            f"PostgreSQL: 127.0.0.1:5432 answers, using database {database}",
            f"PostgreSQL: created database {database}",
            "Redis: 127.0.0.1:6379 answers, using database 0",
            f"PostgreSQL: 127.0.0.1:5432 answers, using database {database}",
            "Redis: 127.0.0.1:6379 answers, using database 0",
        ]
        assert not (project_dir / "var").exists()
    finally:
        await conn.execute(f'drop database if exists "{database}"')
        await conn.close()


async def test_embedded_servers_start_persist_and_stop(
    project_dir: Path, ports: tuple[int, int]
) -> None:
    pg_port, redis_port = ports
    timings: list[float] = []
    for run in range(2):
        logs: list[str] = []
        services = LocalServices(
            project_dir=project_dir, database_url=None, redis_url=None,
            pg_port=pg_port, redis_port=redis_port, log=logs.append,
        )  # fmt: skip
        began = time.monotonic()
        async with services:
            timings.append(time.monotonic() - began)
            assert (services.pg_source, services.redis_source) == ("embedded", "embedded")
            assert services.database_url == f"postgresql://postgres@127.0.0.1:{pg_port}/relance"
            assert services.redis_url == f"redis://127.0.0.1:{redis_port}/0"
            conn = await asyncpg.connect(services.database_url)
            client = aioredis.Redis.from_url(services.redis_url)
            if run == 0:
                await conn.execute("create table kept (v text); insert into kept values ('first')")
                await client.set("kept", "first")
            assert await conn.fetchval("select v from kept") == "first"
            assert await client.get("kept") == b"first"
            assert await client.ping()
            if run == 0:
                # A second run of the same project finds these servers answering: it uses them
                # as local ones, does not take them over, and leaves them running on exit.
                second = LocalServices(
                    project_dir=project_dir, database_url=None, redis_url=None,
                    pg_port=pg_port, redis_port=redis_port, log=lambda _: None,
                )  # fmt: skip
                async with second:
                    assert (second.pg_source, second.redis_source) == ("local", "local")
                assert await conn.fetchval("select 1") == 1
                assert await client.ping()
            await conn.close()
            await client.aclose()
            pg_pid = _pid(project_dir / "var" / "pg" / "postmaster.pid")
            valkey_pid = _pid(project_dir / "var" / "valkey" / "valkey.pid")
        assert not _alive(pg_pid) and not _alive(valkey_pid)
        assert not _listening(pg_port) and not _listening(redis_port)
        assert logs[-2:] == [
            "Redis: stopped the embedded Valkey",
            "PostgreSQL: stopped the embedded server",
        ]
        assert ("PostgreSQL: creating a new cluster in var/pg (initdb)" in logs) == (run == 0)
    assert logs[0] == (
        f"PostgreSQL: nothing answers on 127.0.0.1:{pg_port}, starting embedded server "
        f"on 127.0.0.1:{pg_port} (data in var/pg)"
    )
    assert (project_dir / "var" / "pg").stat().st_mode & 0o777 == 0o700
    assert (project_dir / "var" / "valkey").stat().st_mode & 0o777 == 0o700
    print(f"embedded start: first {timings[0]:.2f} s, second {timings[1]:.2f} s")


@pytest.fixture
async def not_a_server() -> AsyncIterator[list[int]]:
    """Two ports held by a plain TCP listener that closes every connection it accepts."""

    async def hang_up(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    servers = [await asyncio.start_server(hang_up, "127.0.0.1", 0) for _ in range(2)]
    yield [s.sockets[0].getsockname()[1] for s in servers]
    for server in servers:
        server.close()
        await server.wait_closed()


async def test_a_port_held_by_something_else_moves_the_embedded_server(
    project_dir: Path, not_a_server: list[int]
) -> None:
    pg_port, redis_port = not_a_server
    logs: list[str] = []
    services = LocalServices(
        project_dir=project_dir, database_url=None, redis_url=None,
        pg_port=pg_port, redis_port=redis_port, log=logs.append,
    )  # fmt: skip
    async with services:
        assert (services.pg_source, services.redis_source) == ("embedded", "embedded")
        assert f":{pg_port}/" not in services.database_url
        assert f":{redis_port}/" not in services.redis_url
        conn = await asyncpg.connect(services.database_url)
        assert await conn.fetchval("select 1") == 1
        await conn.close()
    assert any(
        line.startswith(f"PostgreSQL: 127.0.0.1:{pg_port} does not answer as expected")
        for line in logs
    ), logs
    assert any(
        line.startswith(f"Redis: 127.0.0.1:{redis_port} does not answer as expected")
        for line in logs
    ), logs


async def test_servers_left_by_a_killed_run_are_taken_over(
    project_dir: Path, ports: tuple[int, int]
) -> None:
    pg_port, redis_port = ports
    child = await _start_child(project_dir, pg_port, redis_port)
    await _read_until(child, "READY", [])
    child.kill()  # the parent only: its servers live on, as after `kill -9` of `relance run`
    await child.wait()
    left_pg = _pid(project_dir / "var" / "pg" / "postmaster.pid")
    left_valkey = _pid(project_dir / "var" / "valkey" / "valkey.pid")
    assert _alive(left_pg) and _alive(left_valkey)

    logs: list[str] = []
    services = LocalServices(
        project_dir=project_dir, database_url=None, redis_url=None,
        pg_port=pg_port, redis_port=redis_port, log=logs.append,
    )  # fmt: skip
    async with services:
        assert (services.pg_source, services.redis_source) == ("embedded", "embedded")
        assert services.database_url.endswith(f":{pg_port}/relance")
        assert services.redis_url.endswith(f":{redis_port}/0")
        assert not _alive(left_valkey)  # two servers must not share one append-only file
    assert not _alive(left_pg)
    assert not _listening(pg_port) and not _listening(redis_port)
    assert logs[0] == (
        f"PostgreSQL: the embedded server a previous run left running answers on "
        f"127.0.0.1:{pg_port}, reusing it (data in var/pg)"
    )
    assert logs[1] == (
        f"Redis: stopped the embedded Valkey a previous run left running (pid {left_valkey})"
    )


@pytest.mark.parametrize(
    "when", ["READY", "PostgreSQL: creating a new cluster", "starting embedded Valkey"]
)
async def test_ctrl_c_stops_everything_started(
    project_dir: Path, ports: tuple[int, int], when: str
) -> None:
    pg_port, redis_port = ports
    child = await _start_child(project_dir, pg_port, redis_port)
    seen: list[str] = []
    await _read_until(child, when, seen)
    os.killpg(child.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    assert child.stdout is not None
    seen += (await asyncio.wait_for(child.stdout.read(), timeout=30)).decode().splitlines()
    await child.wait()
    assert not _listening(pg_port) and not _listening(redis_port), seen
    assert not (project_dir / "var" / "pg" / "postmaster.pid").exists(), seen
    assert not (project_dir / "var" / "valkey" / "valkey.pid").exists(), seen
    if when == "READY":
        # Valkey got no SIGINT of its own: we stopped it, after the processes that use it.
        stops = ["Redis: stopped the embedded Valkey", "PostgreSQL: stopped the embedded server"]
        assert [line for line in seen if line in stops] == stops, seen
        log = (project_dir / "var" / "valkey" / "valkey.log").read_text()
        assert "Received SIGTERM" in log and "Received SIGINT" not in log
    # Whatever was interrupted, the next start works.
    services = LocalServices(
        project_dir=project_dir, database_url=None, redis_url=None,
        pg_port=pg_port, redis_port=redis_port, log=lambda _: None,
    )  # fmt: skip
    async with services:
        conn = await asyncpg.connect(services.database_url)
        assert await conn.fetchval("select 1") == 1
        await conn.close()


async def test_a_folder_the_postgres_user_cannot_enter_is_named() -> None:
    if os.geteuid() != 0:
        pytest.skip("the dedicated user exists only when running as root")
    closed = Path(tempfile.mkdtemp(prefix="relance-closed-"))  # mode 0700, owned by root
    try:
        services = LocalServices(
            project_dir=closed / "project", database_url=None, redis_url=None,
            pg_port=free_port(), redis_port=free_port(), log=lambda _: None,
        )  # fmt: skip
        with pytest.raises(LocalServicesError, match=f"cannot enter {closed} "):
            await services.__aenter__()
        assert not (closed / "project" / "var").exists()
    finally:
        shutil.rmtree(closed)


def test_shared_install_copies_the_binaries_once(tmp_path: Path) -> None:
    """A checkout in a 0700 folder: the binaries are copied where the postgres user can reach."""
    import subprocess

    from cli.embedded_pg import bin_dir, shared_install

    first = shared_install(bin_dir(), root=tmp_path)
    assert (first / "postgres").exists()
    assert (tmp_path / first.relative_to(tmp_path).parts[0]).stat().st_mode & 0o005 == 0o005
    # initdb links libpq from the copied .libs folder: it only runs if the layout was kept.
    for program in ("postgres", "initdb"):
        version = subprocess.run(
            [str(first / program), "--version"], capture_output=True, text=True, check=True
        )
        assert "PostgreSQL" in version.stdout
    marker = first / "copied-once"
    marker.touch()
    assert shared_install(bin_dir(), root=tmp_path) == first and marker.exists()
    assert [p.name for p in tmp_path.iterdir()] == [first.relative_to(tmp_path).parts[0]]
