"""The database half of an import: resolve references, then COPY and upsert in one transaction.

Everything here runs on the connection of one `unit_of_work`, so row-level security applies,
tenant_id comes from the transaction, and a failure anywhere leaves the tenant's data as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple
from uuid import UUID

import msgspec

from core.capture import new_token
from core.db import Connection
from core.imports.model import Kind, Problem
from core.imports.validate import TypedRow, Validated
from core.sql import load

# Rows per COPY call: progress moves between calls.
COPY_CHUNK = 10_000
# A long import may take longer than the pool's statement timeout; this bounds each statement.
STATEMENT_TIMEOUT_SECONDS = 900.0

# Stage columns of each kind, in the order of the records built below.
STAGE_COLUMNS: dict[Kind, tuple[str, ...]] = {
    "customers": (
        "number",
        "name",
        "collector_id",
        "capture_enabled",
        "interactive_enabled",
        "language",
        "currency",
        "vat_number",
        "custom_fields",
        "capture_token",
    ),
    "contacts": (
        "external_ref",
        "customer_id",
        "name",
        "email",
        "phone",
        "postal_address",
        "is_collection_contact",
        "language",
    ),
    "documents": (
        "external_ref",
        "customer_id",
        "kind",
        "number",
        "issue_date",
        "due_date",
        "currency",
        "amount",
        "open_amount",
        "pdf_url",
        "custom_fields",
    ),
    "payments": (
        "external_ref",
        "customer_id",
        "document_id",
        "amount",
        "currency",
        "paid_on",
        "method",
        "reference",
    ),
}
# File columns that are stored under another name once resolved.
_STAGE_NAME = {
    "collector_email": "collector_id",
    "customer_number": "customer_id",
    "document_ref": "document_id",
}


class Customer(NamedTuple):
    id: UUID
    currency: str | None


class References(NamedTuple):
    """What the rows point at, as found in the tenant's data."""

    tenant_currency: str
    customers: dict[str, Customer]
    users: dict[str, UUID]
    # external_ref -> (document id, its customer id)
    documents: dict[str, tuple[UUID, UUID]]
    problems: list[Problem]


async def prepare(conn: Connection) -> None:
    """Allow this transaction's statements to run as long as a big import needs."""
    await conn.execute(load().import_long_statements, f"{int(STATEMENT_TIMEOUT_SECONDS)}s")


async def resolve(conn: Connection, validated: Validated) -> References:
    """Look up every customer, collector and document the rows refer to; list the missing."""
    q = load()
    timeout = STATEMENT_TIMEOUT_SECONDS
    rows = validated.rows
    problems: list[Problem] = []
    currency = await conn.fetchval(q.import_tenant_currency, timeout=timeout)
    customers: dict[str, Customer] = {}
    users: dict[str, UUID] = {}
    documents: dict[str, tuple[UUID, UUID]] = {}
    if validated.spec.kind == "customers":
        emails = {str(e).lower() for r in rows if (e := r.values.get("collector_email"))}
        if emails:
            found = await conn.fetch(q.import_find_users, sorted(emails), timeout=timeout)
            users = {rec["email"]: rec["id"] for rec in found}
        for r in rows:
            email = r.values.get("collector_email")
            if email is not None and str(email).lower() not in users:
                problems.append(
                    Problem(r.line, "collector_email", f"no active user {email!r} in this tenant")
                )
        return References(currency or "EUR", customers, users, documents, problems)
    numbers = {str(n) for r in rows if (n := r.values.get("customer_number")) is not None}
    if numbers:
        found = await conn.fetch(q.import_find_customers, sorted(numbers), timeout=timeout)
        customers = {rec["number"]: Customer(rec["id"], rec["currency"]) for rec in found}
    refs = {str(r.values["document_ref"]) for r in rows if _has(r, "document_ref")}
    if refs:
        found = await conn.fetch(q.import_find_documents, sorted(refs), timeout=timeout)
        documents = {rec["external_ref"]: (rec["id"], rec["customer_id"]) for rec in found}
    for r in rows:
        number = r.values.get("customer_number")
        customer = None if number is None else customers.get(str(number))
        if number is not None and customer is None:
            problems.append(
                Problem(r.line, "customer_number", f"no customer {number!r} in this tenant")
            )
        ref = r.values.get("document_ref")
        if ref is None:
            continue
        document = documents.get(str(ref))
        if document is None:
            problems.append(Problem(r.line, "document_ref", f"no document {ref!r} in this tenant"))
        elif customer is not None and document[1] != customer.id:
            problems.append(
                Problem(r.line, "document_ref", f"document {ref!r} belongs to another customer")
            )
    return References(currency or "EUR", customers, users, documents, problems)


def _has(row: TypedRow, column: str) -> bool:
    return row.values.get(column) is not None


def records(validated: Validated, refs: References) -> list[tuple[object, ...]]:
    """The stage table's records, in STAGE_COLUMNS order, defaults filled in."""
    build = _BUILDERS[validated.spec.kind]
    return [build(row, refs) for row in validated.rows]


def present_columns(validated: Validated) -> list[str]:
    """The stage columns the file has (the others keep their stored values)."""
    return sorted(_STAGE_NAME.get(name, name) for name in validated.present)


def _json(values: dict[str, object]) -> str:
    return msgspec.json.encode(values).decode()


def _customer(row: TypedRow, refs: References) -> tuple[object, ...]:
    v = row.values
    email = v.get("collector_email")
    return (
        v["number"],
        v["name"],
        None if email is None else refs.users[str(email).lower()],
        _or(v.get("capture_enabled"), True),
        _or(v.get("interactive_enabled"), True),
        _or(v.get("language"), "en"),
        v.get("currency"),
        v.get("vat_number"),
        _json(row.custom),
        new_token(),
    )


def _contact(row: TypedRow, refs: References) -> tuple[object, ...]:
    v = row.values
    return (
        v["external_ref"],
        refs.customers[str(v["customer_number"])].id,
        _or(v.get("name"), ""),
        v.get("email"),
        v.get("phone"),
        v.get("postal_address"),
        _or(v.get("is_collection_contact"), False),
        v.get("language"),
    )


def _document(row: TypedRow, refs: References) -> tuple[object, ...]:
    v = row.values
    customer = refs.customers[str(v["customer_number"])]
    return (
        v["external_ref"],
        customer.id,
        _or(v.get("kind"), "invoice"),
        v["number"],
        v.get("issue_date"),
        v.get("due_date"),
        v.get("currency") or customer.currency or refs.tenant_currency,
        v["amount"],
        _or(v.get("open_amount"), v["amount"]),
        v.get("pdf_url"),
        _json(row.custom),
    )


def _payment(row: TypedRow, refs: References) -> tuple[object, ...]:
    v = row.values
    customer = refs.customers[str(v["customer_number"])]
    ref = v.get("document_ref")
    return (
        v["external_ref"],
        customer.id,
        None if ref is None else refs.documents[str(ref)][0],
        v["amount"],
        v.get("currency") or customer.currency or refs.tenant_currency,
        v["paid_on"],
        v.get("method"),
        v.get("reference"),
    )


def _or(value: object, default: object) -> object:
    return default if value is None else value


_BUILDERS: dict[Kind, Callable[[TypedRow, References], tuple[object, ...]]] = {
    "customers": _customer,
    "contacts": _contact,
    "documents": _document,
    "payments": _payment,
}


async def write(
    conn: Connection,
    validated: Validated,
    refs: References,
    on_copied: Callable[[int], None] | None = None,
) -> tuple[int, int]:
    """COPY the rows into the stage table, upsert them; return (inserted, updated)."""
    q = load()
    kind = validated.spec.kind
    timeout = STATEMENT_TIMEOUT_SECONDS
    stage = f"import_{kind}_stage"  # a table name for asyncpg's COPY, not SQL text
    await conn.execute(getattr(q, stage), timeout=timeout)
    batch = records(validated, refs)
    for start in range(0, len(batch), COPY_CHUNK):
        chunk = batch[start : start + COPY_CHUNK]
        await conn.copy_records_to_table(
            stage, records=chunk, columns=list(STAGE_COLUMNS[kind]), timeout=timeout
        )
        if on_copied is not None:
            on_copied(start + len(chunk))
    await conn.execute(getattr(q, f"import_{kind}_analyze"), timeout=timeout)
    # $1: the stage columns the file has; $2 (kinds with custom fields): its custom keys.
    args: list[object] = [present_columns(validated)]
    if validated.spec.custom_fields:
        args.append(list(validated.custom_keys))
    counts = await conn.fetchrow(getattr(q, f"import_{kind}_upsert"), *args, timeout=timeout)
    assert counts is not None  # an aggregate always returns one row
    return int(counts["inserted"]), int(counts["updated"])
