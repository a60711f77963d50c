"""Migrations: applied once each, recorded, and processes refuse a database that is behind."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator

import asyncpg
import pytest

from core.errors import SchemaBehind
from core.migrations import available, ensure_current, migrate
from tests.conftest import SERVER_URL, _with_database


@pytest.fixture
async def empty_database(unique: str) -> AsyncIterator[str]:
    name = f"relance_test_mig_{unique}"
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'create database "{name}"')
    await admin.close()
    yield _with_database(SERVER_URL, name)
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'drop database if exists "{name}" with (force)')
    await admin.close()


async def test_applies_each_once_and_records_it(empty_database: str) -> None:
    first = await migrate(empty_database)
    assert [m.version for m in first] == [m.version for m in available()]
    assert await migrate(empty_database) == []
    conn = await asyncpg.connect(empty_database)
    try:
        rows = await conn.fetch("select version, checksum from schema_migrations order by version")
        assert [(r["version"], r["checksum"]) for r in rows] == [
            (m.version, m.checksum) for m in available()
        ]
        await ensure_current(conn)
    finally:
        await conn.close()


async def test_behind_database_is_refused(empty_database: str) -> None:
    conn = await asyncpg.connect(empty_database)
    try:
        with pytest.raises(SchemaBehind, match="relance migrate"):
            await ensure_current(conn)
    finally:
        await conn.close()
    env = {**os.environ, "DATABASE_URL": empty_database, "RELANCE_API_LISTEN": "127.0.0.1:0"}
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "api"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "database is behind" in result.stderr


async def test_edited_migration_is_detected(empty_database: str) -> None:
    await migrate(empty_database)
    conn = await asyncpg.connect(empty_database)
    try:
        await conn.execute("update schema_migrations set checksum = 'x' where version = 1")
    finally:
        await conn.close()
    with pytest.raises(Exception, match="changed after it was applied"):
        await migrate(empty_database)
