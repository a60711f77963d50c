"""User and API key bodies. A key's secret appears once, in the answer that issues it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec
from asyncpg import Record

Role = Literal["admin", "collector"]
Email = Annotated[
    str,
    msgspec.Meta(pattern=r"^[^@\s]+@[^@\s]+$", max_length=320, examples=["jane@example.com"]),
]
Name = Annotated[str, msgspec.Meta(max_length=200)]


class User(msgspec.Struct, frozen=True, kw_only=True):
    """A user of the tenant."""

    id: UUID
    email: str
    name: str
    role: Role
    active: bool
    created_at: datetime

    @classmethod
    def from_row(cls, row: Record) -> User:
        """Read a row of users.sql's column list."""
        return msgspec.convert(dict(row), cls)


class UserCreate(msgspec.Struct, frozen=True, kw_only=True):
    """A new user; the answer carries their first API key."""

    email: Email
    role: Role
    name: Name = ""


class UserPatch(msgspec.Struct, frozen=True, kw_only=True):
    """Fields to change; a deactivated user's keys stop working at once."""

    name: Name | msgspec.UnsetType = msgspec.UNSET
    role: Role | msgspec.UnsetType = msgspec.UNSET
    active: bool | msgspec.UnsetType = msgspec.UNSET


class ApiKey(msgspec.Struct, frozen=True, kw_only=True):
    """An API key as listed: its prefix tells keys apart; the secret is never shown again."""

    id: UUID
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def from_row(cls, row: Record) -> ApiKey:
        """Read a row of users.sql's api key column list."""
        return msgspec.convert(dict(row), cls)


class IssuedKey(msgspec.Struct, frozen=True, kw_only=True):
    """A new API key: `api_key` is shown here once and is not stored in clear anywhere."""

    key: ApiKey
    api_key: str


class CreatedUser(msgspec.Struct, frozen=True, kw_only=True):
    """A new user with their first API key (shown once)."""

    user: User
    key: ApiKey
    api_key: str


class Me(msgspec.Struct, frozen=True, kw_only=True):
    """Who the calling key belongs to."""

    tenant_id: UUID
    tenant_slug: str
    user_id: UUID
    role: Role
