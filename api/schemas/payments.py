"""Payment bodies: money received, with exact amounts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated
from uuid import UUID

import msgspec
from asyncpg import Record

from api.schemas.common import Amount, Currency, ExternalRef, format_amount

Text = Annotated[str, msgspec.Meta(max_length=200)]


class Payment(msgspec.Struct, frozen=True, kw_only=True):
    """A payment, possibly allocated to one document of the same customer."""

    id: UUID
    customer_id: UUID
    external_ref: str
    document_id: UUID | None
    amount: str
    currency: str
    paid_on: date
    method: str | None
    reference: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Record) -> Payment:
        """Read a row of payments.sql's column list; the amount becomes an exact string."""
        values = dict(row)
        values["amount"] = format_amount(row["amount"])
        return msgspec.convert(values, cls)


class PaymentCreate(msgspec.Struct, frozen=True, kw_only=True):
    """A new payment of the customer named in the path."""

    external_ref: ExternalRef
    amount: Amount
    paid_on: date
    currency: Currency | None = None
    document_id: UUID | None = None
    method: Text | None = None
    reference: Text | None = None


class PaymentPatch(msgspec.Struct, frozen=True, kw_only=True):
    """Fields to change; absent fields keep their value, null clears a nullable one."""

    document_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    amount: Amount | msgspec.UnsetType = msgspec.UNSET
    currency: Currency | msgspec.UnsetType = msgspec.UNSET
    paid_on: date | msgspec.UnsetType = msgspec.UNSET
    method: Text | msgspec.UnsetType | None = msgspec.UNSET
    reference: Text | msgspec.UnsetType | None = msgspec.UNSET
