"""`relance demo`: a demo tenant with customers, contacts, documents and a scenario.

Idempotent by construction: the tenant is created only when missing and the ERP data goes
through the same upsert-by-external-reference import as real data, so a second run prints
the same tenant and addresses and duplicates nothing (API keys are re-issued).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cli.admin import app_pool
from core.accounts import create_tenant, create_user
from core.capture import capture_address, inbox_address
from core.db import Pool, unit_of_work
from core.ids import TenantId
from core.imports import SourceRow, import_rows
from core.settings import Settings
from core.sql import load

_CUSTOMERS = [
    # number, name, language, assigned to the collector?
    ("1001", "Boulangerie Martin SARL", "fr", True),
    ("1002", "Nordwind Logistik GmbH", "de", True),
    ("1003", "Harbour & Finch Ltd", "en", False),
    ("C-2001", "Ferreteria Lopez S.L.", "es", True),
    ("c2002", "Studio Bianchi S.r.l.", "it", False),
    ("2003", "Kowalski i Syn Sp. z o.o.", "pl", False),
]

# step: day offset from due date, channel, mode, template, internal interactive
_STEPS = [
    (-5, "email", "automatic", "Courtesy reminder", False),
    (3, "email", "automatic", "First reminder", False),
    (10, "email", "automatic_confirm", "Second reminder", False),
    (20, "call", "manual", None, False),
    (30, "email", "manual", "Ask sales to intervene", True),
    (45, "letter", "automatic_confirm", "Formal notice", False),
]

_TEMPLATES = {
    "Courtesy reminder": (
        "Upcoming due date",
        "Hello,\n\nA friendly note that {{ documents }} fall due soon.\n"
        "Please include the #client_account_email address in your reply.\n",
    ),
    "First reminder": (
        "Payment reminder",
        "Hello,\n\nOur records show {{ documents }} unpaid.\n"
        "Please include the #client_account_email address in your reply.\n",
    ),
    "Second reminder": (
        "Second payment reminder",
        "Hello,\n\n{{ documents }} remain unpaid despite our first reminder.\n",
    ),
    "Ask sales to intervene": (
        "Customer account needs your help",
        "Hello,\n\nCould you contact this customer about {{ documents }}?\n",
    ),
    "Formal notice": ("Formal notice", "Formal notice regarding {{ documents }}.\n"),
}


def _rows(values: list[dict[str, str | None]]) -> list[SourceRow]:
    return [SourceRow(index + 2, row) for index, row in enumerate(values)]


def _erp_data(today: date) -> dict[str, list[dict[str, str | None]]]:
    customers: list[dict[str, str | None]] = []
    contacts: list[dict[str, str | None]] = []
    documents: list[dict[str, str | None]] = []
    for index, (number, name, language, assigned) in enumerate(_CUSTOMERS):
        customers.append(
            {
                "number": number,
                "name": name,
                "language": language,
                "currency": "PLN" if language == "pl" else "EUR",
                "collector_email": "collector@demo.example" if assigned else None,
            }
        )
        slug = number.lower().replace("-", "")
        contacts.append(
            {
                "external_ref": f"CT-{number}",
                "customer_number": number,
                "name": f"Accounts payable {name.split()[0]}",
                "email": f"ap.{slug}@customer{index + 1}.example",
                "is_collection_contact": "true",
                "language": language,
            }
        )
        for n in range(3):
            due = today + timedelta(days=(n * 15) - 20 - index)
            amount = f"{(index + 1) * 1000 + n * 250 + 0.5:.2f}"
            documents.append(
                {
                    "external_ref": f"INV-{number}-{n + 1}",
                    "customer_number": number,
                    "kind": "invoice",
                    "number": f"F2026-{index + 1:02d}{n + 1:03d}",
                    "issue_date": (due - timedelta(days=30)).isoformat(),
                    "due_date": due.isoformat(),
                    "currency": "PLN" if language == "pl" else "EUR",
                    "amount": amount,
                    "open_amount": amount,
                }
            )
    return {"customers": customers, "contacts": contacts, "documents": documents}


async def _seed_scenario(pool: Pool, tenant_id: TenantId) -> None:
    q = load()
    async with unit_of_work(pool, tenant_id) as conn:
        templates = {}
        for name, (subject, body) in _TEMPLATES.items():
            templates[name] = await conn.fetchval(
                q.upsert_template, name, "email", subject, body, name != "Ask sales to intervene"
            )
        scenario = await conn.fetchval(q.upsert_scenario, "Standard", True)
        for position, (offset, channel, mode, template, internal) in enumerate(_STEPS):
            await conn.execute(
                q.upsert_scenario_step,
                scenario,
                position,
                offset,
                channel,
                mode,
                templates.get(template) if template else None,
                internal,
                not internal and channel == "email",
            )
        await conn.execute(q.assign_scenario_where_missing, scenario)


async def seed_demo(settings: Settings, slug: str, *, today: date | None = None) -> dict[str, Any]:
    """Create or refresh the demo tenant; return what a person needs to try it."""
    async with app_pool(settings) as pool:
        tenant_id = await create_tenant(
            pool, slug, "Demo Industries", internal_domains=["demo.example"], exist_ok=True
        )
        _, admin_key = await create_user(
            pool, tenant_id, "admin@demo.example", name="Ada Admin", role="admin"
        )
        _, collector_key = await create_user(
            pool, tenant_id, "collector@demo.example", name="Colin Collector", role="collector"
        )
        data = _erp_data(today or date.today())
        await import_rows(pool, tenant_id, "customers", _rows(data["customers"]))
        await import_rows(pool, tenant_id, "contacts", _rows(data["contacts"]))
        await import_rows(pool, tenant_id, "documents", _rows(data["documents"]))
        await _seed_scenario(pool, tenant_id)
        async with unit_of_work(pool, tenant_id) as conn:
            tenant = await conn.fetchrow(load().get_tenant)
            tokens = await conn.fetch(load().capture_tokens)
    assert tenant is not None
    return {
        "tenant": slug,
        "admin_api_key": admin_key,
        "collector_api_key": collector_key,
        "inbox_address": inbox_address(slug, tenant["inbox_token"], settings.reply_domain),
        "capture_addresses": [
            {
                "customer": row["number"],
                "address": capture_address(
                    slug, row["number"], row["capture_token"], settings.reply_domain
                ),
            }
            for row in tokens
        ],
    }
