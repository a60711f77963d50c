"""ERP imports against real PostgreSQL, through the application's pool (row-level security on)."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from openpyxl import Workbook

from core.accounts import create_tenant, create_user
from core.db import Pool
from core.errors import InvalidInput
from core.ids import TenantId
from core.imports import ImportReport, Kind, SourceRow, import_rows, read_file

DATA = Path(__file__).parent.parent / "data" / "imports"


async def _tenant(pool: Pool, unique: str, suffix: str = "") -> TenantId:
    return await create_tenant(pool, f"imp-{unique}{suffix}", "Import test")


async def _import(pool: Pool, tenant: TenantId, kind: Kind, name: str) -> ImportReport:
    return await import_rows(pool, tenant, kind, read_file(DATA / name))


async def _all(pool: Pool, tenant: TenantId) -> None:
    for kind in ("customers", "contacts", "documents", "payments"):
        await _import(pool, tenant, kind, f"{kind}_good.csv")


async def _documents(owner: asyncpg.Connection, tenant: TenantId) -> dict[str, Any]:
    rows = await owner.fetch(
        "select d.*, c.number as customer_number from documents d"
        " join customers c on c.id = d.customer_id where d.tenant_id = $1",
        tenant,
    )
    return {row["external_ref"]: row for row in rows}


async def _count(owner: asyncpg.Connection, table: str, tenant: TenantId) -> int:
    assert table in {"customers", "contacts", "documents", "payments"}
    return int(await owner.fetchval(f"select count(*) from {table} where tenant_id = $1", tenant))


async def test_good_file_of_each_kind(pool: Pool, owner: asyncpg.Connection, unique: str) -> None:
    tenant = await _tenant(pool, unique)
    reports = {}
    for kind in ("customers", "contacts", "documents", "payments"):
        reports[kind] = await _import(pool, tenant, kind, f"{kind}_good.csv")
    assert reports["customers"] == ImportReport(
        kind="customers", rows=3, inserted=3, updated=0, unchanged=0
    )
    assert [r.inserted for r in reports.values()] == [3, 3, 4, 3]

    customers = {
        r["number"]: r
        for r in await owner.fetch("select * from customers where tenant_id = $1", tenant)
    }
    assert customers["C001"]["language"] == "fr"
    assert customers["C001"]["custom_fields"] == {"region": "North"}
    assert customers["C002"]["name"] == "Brick & Mortar, Ltd"
    assert customers["C002"]["vat_number"] is None
    assert customers["C003"]["capture_enabled"] is False
    tokens = {c["capture_token"] for c in customers.values()}
    assert len(tokens) == 3 and all(len(t) == 16 for t in tokens)

    contacts = {
        r["external_ref"]: r
        for r in await owner.fetch("select * from contacts where tenant_id = $1", tenant)
    }
    assert contacts["K1"]["is_collection_contact"] is True
    assert contacts["K2"]["phone"] is None
    assert contacts["K3"]["customer_id"] == customers["C002"]["id"]

    docs = await _documents(owner, tenant)
    assert docs["D1"]["amount"] == Decimal("1234.56")
    assert docs["D2"]["kind"] == "credit_note"
    assert docs["D2"]["amount"] == Decimal("-100")
    assert docs["D3"]["amount"] == Decimal("1250000.5")
    assert docs["D3"]["due_date"] == date(2026, 3, 3)
    assert docs["D4"]["kind"] == "invoice"  # empty cell: the default
    assert docs["D4"]["open_amount"] == Decimal("99.9999")  # defaults to the amount
    assert docs["D4"]["currency"] == "EUR"  # C003 has none: the tenant's
    assert docs["D1"]["custom_fields"] == {"project": "Alpha"}
    assert docs["D2"]["custom_fields"] == {}

    payments = {
        r["external_ref"]: r
        for r in await owner.fetch("select * from payments where tenant_id = $1", tenant)
    }
    assert payments["P1"]["document_id"] == docs["D1"]["id"]
    assert payments["P2"]["amount"] == Decimal("1000000")
    assert payments["P3"]["document_id"] is None
    assert payments["P3"]["currency"] == "EUR"


async def test_bad_rows_are_all_reported_and_nothing_is_imported(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    with pytest.raises(InvalidInput) as caught:
        await _import(pool, tenant, "documents", "documents_bad.csv")
    found = {(p["line"], p["column"]) for p in caught.value.problems}
    assert found == {
        (1, "statuss"),  # unknown column
        (3, "customer_number"),  # C999 does not exist
        (3, "issue_date"),  # month 13
        (3, "currency"),  # EURO
        (3, "amount"),  # 12.345.67 against the file's decimal point
        (4, "kind"),  # receipt
        (4, "number"),  # required
        (4, "amount"),  # required
        (4, "open_amount"),  # five decimals
        (5, "external_ref"),  # D1 again
        (5, "issue_date"),  # two-digit year
        (5, "amount"),  # 1e5
    }
    lines = [int(str(p["line"])) for p in caught.value.problems]
    assert lines == sorted(lines)
    assert "nothing was imported" in str(caught.value)
    assert await _count(owner, "documents", tenant) == 0


async def test_same_file_twice_changes_nothing(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await _tenant(pool, unique)
    await _all(pool, tenant)
    before = await owner.fetch(
        "select external_ref, updated_at, xmin::text from documents where tenant_id = $1"
        " order by 1",
        tenant,
    )
    for kind, rows in (("customers", 3), ("contacts", 3), ("documents", 4), ("payments", 3)):
        again = await _import(pool, tenant, kind, f"{kind}_good.csv")  # type: ignore[arg-type]
        assert again == ImportReport(kind=kind, rows=rows, inserted=0, updated=0, unchanged=rows)
    after = await owner.fetch(
        "select external_ref, updated_at, xmin::text from documents where tenant_id = $1"
        " order by 1",
        tenant,
    )
    assert after == before  # not even rewritten (same xmin)


async def test_a_changed_row_is_updated(
    pool: Pool, owner: asyncpg.Connection, unique: str, tmp_path: Path
) -> None:
    tenant = await _tenant(pool, unique)
    await _all(pool, tenant)
    before = await _documents(owner, tenant)
    text = (DATA / "documents_good.csv").read_text().replace("250000.5,Beta", "0,Beta")
    (tmp_path / "documents.csv").write_text(text)
    report = await import_rows(pool, tenant, "documents", read_file(tmp_path / "documents.csv"))
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 3)
    after = await _documents(owner, tenant)
    assert after["D3"]["open_amount"] == 0
    assert after["D3"]["updated_at"] > before["D3"]["updated_at"]
    assert after["D1"]["updated_at"] == before["D1"]["updated_at"]


async def test_absent_columns_keep_stored_values(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    rows = [
        SourceRow(1, {"number": "C001", "name": "Acme Industries SA", "custom.segment": "B2B"}),
        SourceRow(2, {"number": "C004", "name": "New One"}),
    ]
    report = await import_rows(pool, tenant, "customers", rows)
    assert (report.inserted, report.updated) == (1, 1)
    acme = await owner.fetchrow(
        "select * from customers where tenant_id = $1 and number = 'C001'", tenant
    )
    assert acme is not None
    assert acme["name"] == "Acme Industries SA"
    assert acme["language"] == "fr"  # absent column: kept
    assert acme["currency"] == "EUR"
    assert acme["custom_fields"] == {"region": "North", "segment": "B2B"}
    new = await owner.fetchrow(
        "select * from customers where tenant_id = $1 and number = 'C004'", tenant
    )
    assert new is not None and new["language"] == "en" and new["capture_enabled"] is True
    # An empty custom cell removes that key, and only that one.
    await import_rows(
        pool,
        tenant,
        "customers",
        [SourceRow(1, {"number": "C001", "name": "Acme Industries SA", "custom.region": ""})],
    )
    assert await owner.fetchval(
        "select custom_fields from customers where tenant_id = $1 and number = 'C001'", tenant
    ) == {"segment": "B2B"}


async def test_xlsx_file(
    pool: Pool, owner: asyncpg.Connection, unique: str, tmp_path: Path
) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["External_Ref", "Customer_Number", "Number", "Issue_Date", "Due_Date", "Amount"])
    sheet.append(["X1", "C001", "INV-X1", datetime(2026, 1, 15), date(2026, 2, 14), 1234.56])
    sheet.append(["X2", "C002", 4711, "2026-01-20", "2026-02-19", 0.1 + 0.2])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["X3", "C001", "INV-X3", None, None, 250])
    path = tmp_path / "documents.xlsx"
    book.save(path)
    rows = read_file(path)
    assert [r.line for r in rows] == [2, 3, 5]
    report = await import_rows(pool, tenant, "documents", rows)
    assert report.inserted == 3
    docs = await _documents(owner, tenant)
    assert docs["X1"]["amount"] == Decimal("1234.56")
    assert docs["X1"]["issue_date"] == date(2026, 1, 15)
    assert docs["X2"]["amount"] == Decimal("0.3")  # what Excel shows, exactly
    assert docs["X2"]["number"] == "4711"
    assert docs["X2"]["currency"] == "GBP"  # the customer's currency
    assert docs["X3"]["amount"] == Decimal("250")


async def test_semicolon_csv_with_decimal_commas(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    report = await _import(pool, tenant, "documents", "documents_semicolon_comma.csv")
    assert report.inserted == 3
    docs = await _documents(owner, tenant)
    assert docs["S1"]["amount"] == Decimal("1234.56")
    assert docs["S1"]["issue_date"] == date(2026, 1, 15)
    assert docs["S2"]["amount"] == Decimal("1500")
    assert docs["S2"]["open_amount"] == Decimal("750.5")
    assert docs["S2"]["issue_date"] == date(2026, 2, 1)  # day first, settled by 15/01/2026
    assert docs["S3"]["amount"] == Decimal("-12.5")
    assert docs["S3"]["open_amount"] == 0


async def test_bom_csv(pool: Pool, owner: asyncpg.Connection, unique: str) -> None:
    tenant = await _tenant(pool, unique)
    report = await _import(pool, tenant, "customers", "customers_bom.csv")
    assert report.inserted == 2
    names = await owner.fetch(
        "select name from customers where tenant_id = $1 order by number", tenant
    )
    assert [r["name"] for r in names] == ["Müller GmbH", "Ørsted A/S"]


async def test_five_thousand_rows(
    pool: Pool, owner: asyncpg.Connection, unique: str, tmp_path: Path
) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    path = tmp_path / "documents.csv"
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["external_ref", "customer_number", "number", "due_date", "amount"])
        for i in range(5000):
            writer.writerow(
                [f"R{i}", f"C00{i % 3 + 1}", f"INV-{i}", "2026-06-30", f"{i}.{i % 100:02d}"]
            )
    seen: list[int] = []
    report = await import_rows(pool, tenant, "documents", read_file(path), progress=seen.append)
    assert report == ImportReport(
        kind="documents", rows=5000, inserted=5000, updated=0, unchanged=0
    )
    assert seen == sorted(seen) and seen[-1] == 10000
    assert await _count(owner, "documents", tenant) == 5000
    total = await owner.fetchval("select sum(amount) from documents where tenant_id = $1", tenant)
    assert total == sum(Decimal(f"{i}.{i % 100:02d}") for i in range(5000))


async def test_tenant_isolation(
    pool: Pool, owner: asyncpg.Connection, unique: str, tmp_path: Path
) -> None:
    a = await _tenant(pool, unique, "-a")
    b = await _tenant(pool, unique, "-b")
    await _all(pool, a)
    await _all(pool, b)
    b_before = await _documents(owner, b)
    text = (DATA / "documents_good.csv").read_text().replace("1234.56,1234.56", "9.99,9.99")
    (tmp_path / "documents.csv").write_text(text)
    report = await import_rows(pool, a, "documents", read_file(tmp_path / "documents.csv"))
    assert (report.inserted, report.updated) == (0, 1)
    assert (await _documents(owner, a))["D1"]["amount"] == Decimal("9.99")
    assert await _documents(owner, b) == b_before
    # A customer known only to tenant B does not exist for tenant A.
    with pytest.raises(InvalidInput) as caught:
        await import_rows(
            pool,
            a,
            "documents",
            [
                SourceRow(
                    1,
                    {
                        "external_ref": "Z",
                        "customer_number": "ONLY-B",
                        "number": "1",
                        "amount": "1",
                    },
                )
            ],
        )
    assert caught.value.problems[0]["column"] == "customer_number"


async def test_json_values_from_the_api(pool: Pool, owner: asyncpg.Connection, unique: str) -> None:
    tenant = await _tenant(pool, unique)
    await _import(pool, tenant, "customers", "customers_good.csv")
    rows = [
        SourceRow(
            1,
            {
                "external_ref": "J1",
                "customer_number": "C001",
                "number": 17,
                "amount": Decimal("10.25"),
                "issue_date": "2026-01-02",
                "custom.paid_by_card": True,
            },
        ),
        SourceRow(
            2,
            {
                "external_ref": "J2",
                "customer_number": "C001",
                "number": "J-2",
                "amount": 12,
                "open_amount": None,
            },
        ),
    ]
    report = await import_rows(pool, tenant, "documents", rows)
    assert report.inserted == 2
    docs = await _documents(owner, tenant)
    assert docs["J1"]["amount"] == Decimal("10.25")
    assert docs["J1"]["custom_fields"] == {"paid_by_card": True}
    assert docs["J2"]["open_amount"] == 12
    with pytest.raises(InvalidInput) as caught:
        await import_rows(
            pool,
            tenant,
            "documents",
            [
                SourceRow(
                    1,
                    {
                        "external_ref": "J3",
                        "customer_number": "C001",
                        "number": "3",
                        "amount": 10.25,
                        "status": "paid",
                    },
                )
            ],
        )
    problems = {(p["column"], str(p["message"])[:20]) for p in caught.value.problems}
    assert ("amount", "amounts must be exac") in problems
    assert "status" in {p["column"] for p in caught.value.problems}


async def test_collectors_and_document_references(
    pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    tenant = await _tenant(pool, unique)
    user_id, _ = await create_user(pool, tenant, "Ann@Example.com", role="collector")
    await _all(pool, tenant)
    rows = [
        SourceRow(1, {"number": "C001", "name": "Acme", "collector_email": "ann@example.com"}),
        SourceRow(2, {"number": "C002", "name": "Brick", "collector_email": "bob@example.com"}),
    ]
    with pytest.raises(InvalidInput) as caught:
        await import_rows(pool, tenant, "customers", rows)
    assert [(p["line"], p["column"]) for p in caught.value.problems] == [(2, "collector_email")]
    await import_rows(pool, tenant, "customers", rows[:1])
    assert (
        await owner.fetchval(
            "select collector_id from customers where tenant_id = $1 and number = 'C001'", tenant
        )
        == user_id
    )
    payment = {
        "external_ref": "P9",
        "customer_number": "C002",
        "document_ref": "D1",
        "amount": "5",
        "paid_on": "2026-03-01",
    }
    with pytest.raises(InvalidInput, match="1 problem") as caught:
        await import_rows(pool, tenant, "payments", [SourceRow(1, payment)])
    assert "another customer" in str(caught.value.problems[0]["message"])
