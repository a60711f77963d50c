"""The columns each kind of import accepts: their type, whether they are required, their default.

Column names are matched without regard to case or surrounding spaces. `custom.<key>` columns
(key: a lower-case letter then letters, digits or `_`) fill `custom_fields` on customers and
documents. Any other column is refused, so a typo never silently drops data.

A column absent from the file leaves that field of existing rows as it is, and gives new rows
the default. A present column with an empty cell means "no value": the default for columns
that have one, NULL for the others.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from core.imports.model import Kind

ColumnType = Literal[
    "text", "amount", "date", "bool", "currency", "email", "language", "url", "document_kind"
]

CUSTOM_PREFIX = "custom."
CUSTOM_KEY = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


class Column(NamedTuple):
    """One accepted column."""

    name: str
    type: ColumnType
    required: bool = False
    # For text: the longest value accepted (0: no limit beyond the database's).
    max_length: int = 0
    # What a new row gets when the column is absent or its cell empty.
    default: object = None


class Spec(NamedTuple):
    """What one kind of import accepts and where it goes."""

    kind: Kind
    # The ERP's reference for the row: the upsert key.
    key: str
    columns: tuple[Column, ...]
    custom_fields: bool

    def column(self, name: str) -> Column | None:
        for column in self.columns:
            if column.name == name:
                return column
        return None


SPECS: dict[Kind, Spec] = {
    "customers": Spec(
        kind="customers",
        key="number",
        custom_fields=True,
        columns=(
            Column("number", "text", required=True, max_length=64),
            Column("name", "text", required=True, max_length=300),
            Column("collector_email", "email"),
            Column("capture_enabled", "bool", default=True),
            Column("interactive_enabled", "bool", default=True),
            Column("language", "language", default="en"),
            Column("currency", "currency"),
            Column("vat_number", "text", max_length=64),
        ),
    ),
    "contacts": Spec(
        kind="contacts",
        key="external_ref",
        custom_fields=False,
        columns=(
            Column("external_ref", "text", required=True, max_length=128),
            Column("customer_number", "text", required=True, max_length=64),
            Column("name", "text", max_length=300, default=""),
            Column("email", "email"),
            Column("phone", "text", max_length=64),
            Column("postal_address", "text", max_length=1000),
            Column("is_collection_contact", "bool", default=False),
            Column("language", "language"),
        ),
    ),
    "documents": Spec(
        kind="documents",
        key="external_ref",
        custom_fields=True,
        columns=(
            Column("external_ref", "text", required=True, max_length=128),
            Column("customer_number", "text", required=True, max_length=64),
            Column("kind", "document_kind", default="invoice"),
            Column("number", "text", required=True, max_length=64),
            Column("issue_date", "date"),
            Column("due_date", "date"),
            # Default: the customer's currency, else the tenant's.
            Column("currency", "currency"),
            Column("amount", "amount", required=True),
            # Default: the amount.
            Column("open_amount", "amount"),
            Column("pdf_url", "url"),
        ),
    ),
    "payments": Spec(
        kind="payments",
        key="external_ref",
        custom_fields=False,
        columns=(
            Column("external_ref", "text", required=True, max_length=128),
            Column("customer_number", "text", required=True, max_length=64),
            # The document paid, by its external_ref; it must belong to the same customer.
            Column("document_ref", "text", max_length=128),
            Column("amount", "amount", required=True),
            # Default: the customer's currency, else the tenant's.
            Column("currency", "currency"),
            Column("paid_on", "date", required=True),
            Column("method", "text", max_length=64),
            Column("reference", "text", max_length=300),
        ),
    ),
}


def normalise_name(name: str) -> str:
    """How column names are compared: case and surrounding spaces do not matter."""
    return name.strip().lower()
