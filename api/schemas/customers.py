"""Customer bodies: what the API returns, what it accepts on create and on patch."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

import msgspec
from asyncpg import Record

from api.schemas.common import Currency, CustomFields, CustomFieldsPatch, Language

Number = Annotated[
    str, msgspec.Meta(min_length=1, max_length=64, description="The ERP's customer number.")
]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
VatNumber = Annotated[str, msgspec.Meta(max_length=64)]


class Customer(msgspec.Struct, frozen=True, kw_only=True):
    """A customer of the tenant; its capture token is only shown inside its capture address."""

    id: UUID
    number: str
    name: str
    collector_id: UUID | None
    scenario_id: UUID | None
    capture_enabled: bool
    interactive_enabled: bool
    language: str
    currency: str | None
    vat_number: str | None
    custom_fields: dict[str, Any]
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Record) -> Customer:
        """Read a row of customers.sql's column list."""
        return msgspec.convert(dict(row), cls)


class CustomerCreate(msgspec.Struct, frozen=True, kw_only=True):
    """A new customer; a fresh capture token is generated for it."""

    number: Number
    name: Name
    collector_id: UUID | None = None
    scenario_id: UUID | None = None
    capture_enabled: bool = True
    interactive_enabled: bool = True
    language: Language = "en"
    currency: Currency | None = None
    vat_number: VatNumber | None = None
    custom_fields: CustomFields = msgspec.field(default_factory=dict)


class CustomerPatch(msgspec.Struct, frozen=True, kw_only=True):
    """Fields to change; absent fields keep their value, null clears a nullable one.

    `custom_fields` is a JSON merge patch (RFC 7396): listed keys are set, null removes one.
    The number is the ERP's key and does not change here.
    """

    name: Name | msgspec.UnsetType = msgspec.UNSET
    collector_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    scenario_id: UUID | msgspec.UnsetType | None = msgspec.UNSET
    capture_enabled: bool | msgspec.UnsetType = msgspec.UNSET
    interactive_enabled: bool | msgspec.UnsetType = msgspec.UNSET
    language: Language | msgspec.UnsetType = msgspec.UNSET
    currency: Currency | msgspec.UnsetType | None = msgspec.UNSET
    vat_number: VatNumber | msgspec.UnsetType | None = msgspec.UNSET
    custom_fields: CustomFieldsPatch | msgspec.UnsetType = msgspec.UNSET


class CaptureAddress(msgspec.Struct, frozen=True, kw_only=True):
    """Where this customer's replies are captured; `active` says whether mail is accepted."""

    customer_id: UUID
    address: str
    active: bool
    customer_capture_enabled: bool
    tenant_capture_enabled: bool
    rotated_at: datetime | None
