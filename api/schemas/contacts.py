"""Contact bodies: the people of a customer that reminders go to."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import msgspec
from asyncpg import Record

from api.schemas.common import ExternalRef, Language

Email = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=320, examples=["ap@example.com"]
    ),
]
Phone = Annotated[
    str, msgspec.Meta(pattern=r"^\+?[0-9 ().-]{3,32}$", examples=["+33 1 23 45 67 89"])
]
Text = Annotated[str, msgspec.Meta(max_length=1000)]


class Contact(msgspec.Struct, frozen=True, kw_only=True):
    """A contact; `undeliverable_*` is set when the relay refused its address."""

    id: UUID
    customer_id: UUID
    external_ref: str
    name: str
    email: str | None
    phone: str | None
    postal_address: str | None
    is_collection_contact: bool
    language: str | None
    undeliverable_at: datetime | None
    undeliverable_reason: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Record) -> Contact:
        """Read a row of contacts.sql's column list."""
        return msgspec.convert(dict(row), cls)


class ContactCreate(msgspec.Struct, frozen=True, kw_only=True):
    """A new contact of the customer named in the path."""

    external_ref: ExternalRef
    name: Text = ""
    email: Email | None = None
    phone: Phone | None = None
    postal_address: Text | None = None
    is_collection_contact: bool = False
    language: Language | None = None


class ContactPatch(msgspec.Struct, frozen=True, kw_only=True):
    """Fields to change; absent fields keep their value, null clears a nullable one."""

    name: Text | msgspec.UnsetType = msgspec.UNSET
    email: Email | msgspec.UnsetType | None = msgspec.UNSET
    phone: Phone | msgspec.UnsetType | None = msgspec.UNSET
    postal_address: Text | msgspec.UnsetType | None = msgspec.UNSET
    is_collection_contact: bool | msgspec.UnsetType = msgspec.UNSET
    language: Language | msgspec.UnsetType | None = msgspec.UNSET
