"""Document bodies: invoices, credit notes and debit notes, with exact amounts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from asyncpg import Record

from api.schemas.common import (
    Amount,
    Currency,
    CustomFields,
    CustomFieldsPatch,
    ExternalRef,
    format_amount,
)

Kind = Literal["invoice", "credit_note", "debit_note"]
Status = Literal["open", "promise_to_pay", "processing", "disputed", "paid", "closed"]
DocumentNumber = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
PdfUrl = Annotated[str, msgspec.Meta(pattern=r"^https?://", max_length=2000)]


class Document(msgspec.Struct, frozen=True, kw_only=True):
    """A document; `open` and `overdue` are computed (overdue: open and past due)."""

    id: UUID
    customer_id: UUID
    external_ref: str
    kind: Kind
    number: str
    issue_date: date | None
    due_date: date | None
    currency: str
    amount: str
    open_amount: str
    status: Status
    promise_date: date | None
    pdf_url: str | None
    custom_fields: dict[str, Any]
    open: bool
    overdue: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: Record) -> Document:
        """Read a row of documents.sql's column list; amounts become exact strings."""
        values = dict(row)
        values["amount"] = format_amount(row["amount"])
        values["open_amount"] = format_amount(row["open_amount"])
        values["open"] = values.pop("is_open")
        return msgspec.convert(values, cls)


class DocumentCreate(msgspec.Struct, frozen=True, kw_only=True):
    """A new document of the customer named in the path; open amount defaults to the amount."""

    external_ref: ExternalRef
    number: DocumentNumber
    amount: Amount
    kind: Kind = "invoice"
    issue_date: date | None = None
    due_date: date | None = None
    currency: Currency | None = None
    open_amount: Amount | None = None
    status: Status = "open"
    promise_date: date | None = None
    pdf_url: PdfUrl | None = None
    custom_fields: CustomFields = msgspec.field(default_factory=dict)


class DocumentPatch(msgspec.Struct, frozen=True, kw_only=True):
    """Fields to change. A collector may change only `status` and `promise_date`."""

    kind: Kind | msgspec.UnsetType = msgspec.UNSET
    number: DocumentNumber | msgspec.UnsetType = msgspec.UNSET
    issue_date: date | msgspec.UnsetType | None = msgspec.UNSET
    due_date: date | msgspec.UnsetType | None = msgspec.UNSET
    currency: Currency | msgspec.UnsetType = msgspec.UNSET
    amount: Amount | msgspec.UnsetType = msgspec.UNSET
    open_amount: Amount | msgspec.UnsetType = msgspec.UNSET
    status: Status | msgspec.UnsetType = msgspec.UNSET
    promise_date: date | msgspec.UnsetType | None = msgspec.UNSET
    pdf_url: PdfUrl | msgspec.UnsetType | None = msgspec.UNSET
    custom_fields: CustomFieldsPatch | msgspec.UnsetType = msgspec.UNSET
