"""Numbered SQL migrations: each applied once, in its own transaction, and recorded.

`migrate()` runs as the owner role (DATABASE_URL). Before the first file it makes sure the
application role exists, owns nothing and cannot bypass row-level security. Processes call
`ensure_current()` at start and refuse to run against a database that is behind.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from importlib import resources

import msgspec

from core.db import Connection, connect
from core.errors import RelanceError, SchemaBehind

APP_ROLE = "relance_app"
_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
# Any constant: serialises concurrent `relance migrate` runs on one database.
_LOCK_KEY = 0x5E1A_4CE0


class Migration(msgspec.Struct, frozen=True, kw_only=True):
    """One numbered SQL file."""

    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def available() -> list[Migration]:
    """Every migration shipped with this code, in order."""
    found: list[Migration] = []
    for entry in (resources.files("sql") / "migrations").iterdir():
        match = _FILE.match(entry.name)
        if match:
            found.append(
                Migration(
                    version=int(match.group(1)), name=match.group(2), sql=entry.read_text("utf-8")
                )
            )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RelanceError("two migration files share a number")
    return found


async def _applied(conn: Connection) -> dict[int, str]:
    exists = await conn.fetchval("select to_regclass('public.schema_migrations') is not null")
    if not exists:
        return {}
    rows = await conn.fetch("select version, checksum from schema_migrations")
    return {row["version"]: row["checksum"] for row in rows}


async def _ensure_app_role(conn: Connection, password: str | None) -> None:
    me = await conn.fetchrow(
        "select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = current_user"
    )
    if me is None or not (me["rolsuper"] or me["rolbypassrls"]):
        raise RelanceError(
            "DATABASE_URL must name a role that is superuser or has BYPASSRLS: it owns the "
            "schema and the few cross-tenant lookup functions"
        )
    exists = await conn.fetchval("select 1 from pg_roles where rolname = $1", APP_ROLE)
    if not exists:
        try:
            await conn.execute(
                "create role relance_app login nosuperuser nobypassrls nocreatedb nocreaterole"
            )
        except Exception as exc:  # another database of this cluster created it meanwhile
            if "already exists" not in str(exc):
                raise
    # Whatever happened before, the app role must never bypass row-level security.
    await conn.execute("alter role relance_app nosuperuser nobypassrls")
    if password:
        statement = await conn.fetchval(
            "select format('alter role relance_app password %L', $1::text)", password
        )
        await conn.execute(statement)


async def migrate(
    dsn: str,
    *,
    app_password: str | None = None,
    progress: Callable[[Migration], None] | None = None,
) -> list[Migration]:
    """Apply every missing migration; return those applied."""
    conn = await connect(dsn)
    try:
        await conn.execute("select pg_advisory_lock($1)", _LOCK_KEY)
        try:
            await _ensure_app_role(conn, app_password)
            await conn.execute(
                """
                create table if not exists schema_migrations (
                    version integer primary key,
                    name text not null,
                    checksum text not null,
                    applied_at timestamptz not null default now()
                )
                """
            )
            await conn.execute("grant select on schema_migrations to relance_app")
            done = await _applied(conn)
            ran: list[Migration] = []
            for migration in available():
                if migration.version in done:
                    if done[migration.version] != migration.checksum:
                        raise RelanceError(
                            f"migration {migration.version:04d}_{migration.name} was changed "
                            "after it was applied; add a new migration instead"
                        )
                    continue
                if progress:
                    progress(migration)
                async with conn.transaction():
                    await conn.execute(migration.sql)
                    await conn.execute(
                        "insert into schema_migrations (version, name, checksum)"
                        " values ($1, $2, $3)",
                        migration.version,
                        migration.name,
                        migration.checksum,
                    )
                ran.append(migration)
            return ran
        finally:
            await conn.execute("select pg_advisory_unlock($1)", _LOCK_KEY)
    finally:
        await conn.close()


async def missing(conn: Connection) -> list[Migration]:
    """Migrations this code has that the database lacks."""
    done = await _applied(conn)
    return [m for m in available() if m.version not in done]


async def ensure_current(conn: Connection) -> None:
    """Raise SchemaBehind when the database lacks a migration this code needs."""
    behind = await missing(conn)
    if behind:
        names = ", ".join(f"{m.version:04d}_{m.name}" for m in behind)
        raise SchemaBehind(f"database is behind this code (missing {names}): run `relance migrate`")
