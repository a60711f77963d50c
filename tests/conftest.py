"""Shared fixtures: a fresh PostgreSQL database per test session, migrated, over real connections.

The machine's PostgreSQL (127.0.0.1:5432, or TEST_DATABASE_URL) and Redis (127.0.0.1:6379, or
TEST_REDIS_URL) are used. Each session creates its own database and drops only that one;
Redis jobs go to a queue name of the session's own.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from core.db import Connection, Pool, connect, create_pool
from core.migrations import migrate
from core.settings import Settings

SERVER_URL = os.environ.get("TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, parts.fragment))


@pytest.fixture(scope="session")
def session_token() -> str:
    """A random suffix for names this test session owns."""
    return f"{os.getpid()}_{secrets.token_hex(3)}"


@pytest.fixture(scope="session")
async def database_url(session_token: str) -> AsyncIterator[str]:
    """Owner URL of a fresh, migrated database, dropped at the end of the session."""
    name = f"relance_test_{session_token}"
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'create database "{name}"')
    await admin.close()
    url = _with_database(SERVER_URL, name)
    await migrate(url)
    yield url
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'drop database if exists "{name}" with (force)')
    await admin.close()


@pytest.fixture(scope="session")
def settings(database_url: str, session_token: str) -> Settings:
    """Settings pointing at the session's database."""
    return Settings.from_env(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "RELANCE_REPLY_DOMAIN": "reply.relance.test",
            "RELANCE_SECRET_KEY": "test-secret-" + session_token,
            "RELANCE_SMTP_LISTEN": "127.0.0.1:0",
            "RELANCE_API_LISTEN": "127.0.0.1:0",
        }
    )


@pytest.fixture(scope="session")
async def pool(settings: Settings) -> AsyncIterator[Pool]:
    """The application's own pool: the relance_app role, row-level security applies."""
    pool = await create_pool(settings.app_dsn, size=5)
    yield pool
    await pool.close()


@pytest.fixture(scope="session")
async def owner(database_url: str) -> AsyncIterator[Connection]:
    """An owner connection, for assertions that must see past row-level security."""
    conn = await connect(database_url)
    yield conn
    await conn.close()


@pytest.fixture
def unique() -> Iterator[str]:
    """A short random string, for slugs and references unique to one test."""
    yield secrets.token_hex(4)
