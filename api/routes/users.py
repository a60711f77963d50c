"""Users and API keys (admin only), and `GET /v1/me` for any caller.

A key's secret is returned once, by the call that issues it: only its SHA-256 is stored.
"""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, delete, get, patch, post
from litestar.params import FromPath, JSONBody

from api.access import keep, row_or_404
from api.deps import PoolDep, PrincipalDep
from api.guards import admin_only
from api.pagination import DEFAULT_LIMIT, Cursor, Limit, Page, decode_cursor, page_of
from api.schemas.users import ApiKey, CreatedUser, IssuedKey, Me, User, UserCreate, UserPatch
from core.accounts import hash_key, new_api_key
from core.db import Connection, unit_of_work
from core.errors import Conflict, NotFound
from core.sql import load

KEY_PREFIX_SHOWN = 12  # characters of a key kept in clear to tell keys apart


async def _issue_key(conn: Connection, user_id: UUID) -> IssuedKey:
    key = new_api_key()
    row = await conn.fetchrow(
        load().insert_user_api_key, user_id, key[:KEY_PREFIX_SHOWN], hash_key(key)
    )
    assert row is not None  # an insert's returning row
    return IssuedKey(key=ApiKey.from_row(row), api_key=key)


async def _existing_user(conn: Connection, user_id: UUID) -> User:
    row = await row_or_404(conn, load().get_user, user_id, what="user")
    return User.from_row(row)


class UserController(Controller):
    """/v1/users: the tenant's people and their keys."""

    path = "/users"
    tags = ("users",)
    guards = (admin_only,)

    @get("/", summary="List users")
    async def list_users(
        self,
        pool: PoolDep,
        principal: PrincipalDep,
        cursor: Cursor = None,
        limit: Limit = DEFAULT_LIMIT,
    ) -> Page[User]:
        """The tenant's users, by email."""
        after = decode_cursor(cursor, 1)
        async with unit_of_work(pool, principal.tenant_id) as conn:
            rows = await conn.fetch(load().list_users, after[0] if after else None, limit + 1)
        return page_of([User.from_row(r) for r in rows], limit, lambda u: [u.email])

    @post("/", summary="Create a user")
    async def create_user(
        self, data: JSONBody[UserCreate], pool: PoolDep, principal: PrincipalDep
    ) -> CreatedUser:
        """A new user and their first API key, shown once; 409 when the email is taken."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            row = await conn.fetchrow(load().insert_user, data.email, data.name, data.role)
            if row is None:
                raise Conflict(f"a user with email {data.email!r} already exists")
            user = User.from_row(row)
            issued = await _issue_key(conn, user.id)
        return CreatedUser(user=user, key=issued.key, api_key=issued.api_key)

    @get("/{user_id:uuid}", summary="Get a user")
    async def get_user(
        self, user_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> User:
        """One user of the tenant."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            return await _existing_user(conn, user_id)

    @patch("/{user_id:uuid}", summary="Change a user's name, role or activity")
    async def patch_user(
        self,
        user_id: FromPath[UUID],
        data: JSONBody[UserPatch],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> User:
        """Change a user; the tenant always keeps at least one active admin (409 otherwise)."""
        q = load()
        async with unit_of_work(pool, principal.tenant_id) as conn:
            old = User.from_row(await row_or_404(conn, q.lock_user, user_id, what="user"))
            row = await conn.fetchrow(
                q.update_user,
                user_id,
                keep(data.name, old.name),
                keep(data.role, old.role),
                keep(data.active, old.active),
            )
            if await conn.fetchval(q.count_active_admins) == 0:
                # Raising rolls the change back: nobody could administer the tenant any more.
                raise Conflict("the tenant must keep at least one active admin")
        assert row is not None  # locked above, in this transaction
        return User.from_row(row)

    @get("/{user_id:uuid}/api-keys", summary="List a user's API keys")
    async def list_api_keys(
        self, user_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> list[ApiKey]:
        """The user's keys by prefix, with when each was last used or revoked."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await _existing_user(conn, user_id)
            rows = await conn.fetch(load().list_api_keys, user_id)
        return [ApiKey.from_row(r) for r in rows]

    @post("/{user_id:uuid}/api-keys", summary="Issue an API key")
    async def issue_api_key(
        self, user_id: FromPath[UUID], pool: PoolDep, principal: PrincipalDep
    ) -> IssuedKey:
        """A new key for the user, shown once; their other keys keep working."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            await _existing_user(conn, user_id)
            return await _issue_key(conn, user_id)

    @delete(
        "/{user_id:uuid}/api-keys/{key_id:uuid}",
        summary="Revoke an API key",
        status_code=200,
    )
    async def revoke_api_key(
        self,
        user_id: FromPath[UUID],
        key_id: FromPath[UUID],
        pool: PoolDep,
        principal: PrincipalDep,
    ) -> ApiKey:
        """Revoke a key: requests with it get 401 from now on."""
        async with unit_of_work(pool, principal.tenant_id) as conn:
            row = await conn.fetchrow(load().revoke_api_key, key_id, user_id)
        if row is None:
            raise NotFound("no such API key")
        return ApiKey.from_row(row)


@get("/me", summary="Who am I", tags=["users"])
async def me(principal: PrincipalDep) -> Me:
    """The tenant, user and role the calling key belongs to."""
    return Me(
        tenant_id=principal.tenant_id,
        tenant_slug=principal.tenant_slug,
        user_id=principal.user_id,
        role=principal.role,
    )
