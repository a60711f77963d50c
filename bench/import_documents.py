"""Benchmark: importing 100,000 documents with `import_rows`, against PostgreSQL's own COPY.

Run from the repository root: `.venv/bin/python bench/import_documents.py` (PostgreSQL on
127.0.0.1:5432 as `postgres`, or BENCH_DATABASE_URL naming a superuser on the server's
`postgres` database). It creates its own database `relance_bench_<random>`, migrates it, and
drops it at the end, whatever happens.

It generates 2,000 customers and 100,000 documents as CSV in a temporary directory, then:
in each of --repeat rounds (3; medians are reported):
  baseline  `COPY documents FROM STDIN` of the same documents (as the owner, straight into the
            real table, customer ids already resolved: no validation, no upsert);
  import    `read_file` + `import_rows` end to end (read, validate, COPY to a stage, upsert)
            into the emptied table (so both start from an empty `documents`);
  again     the same import once more: every row unchanged, nothing written.
It prints a markdown table for BENCHMARKS.md, with the machine it ran on.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import asyncpg
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from core.accounts import create_tenant
from core.db import Pool, create_pool
from core.ids import TenantId
from core.imports import ImportReport, import_rows, read_file
from core.migrations import migrate
from core.settings import Settings

SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DOCUMENT_COLUMNS = [
    "external_ref",
    "customer_number",
    "kind",
    "number",
    "issue_date",
    "due_date",
    "currency",
    "amount",
    "open_amount",
]


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, parts.fragment))


def generate(folder: Path, documents: int, customers: int) -> tuple[Path, Path]:
    """Write customers.csv and documents.csv, deterministic for a given size."""
    rng = random.Random(20260101)
    customers_csv = folder / "customers.csv"
    with customers_csv.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["number", "name", "language", "currency"])
        for i in range(customers):
            writer.writerow([f"C{i:05d}", f"Customer {i} SARL", rng.choice(["fr", "en"]), "EUR"])
    documents_csv = folder / "documents.csv"
    start = date(2025, 1, 1)
    with documents_csv.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(DOCUMENT_COLUMNS)
        for i in range(documents):
            credit = rng.random() < 0.05
            cents = rng.randint(1_000, 5_000_000)
            amount = -cents if credit else cents
            open_cents = amount if rng.random() < 0.7 else amount // 2
            issued = start + timedelta(days=rng.randint(0, 540))
            writer.writerow(
                [
                    f"DOC-{i:07d}",
                    f"C{rng.randrange(customers):05d}",
                    "credit_note" if credit else "invoice",
                    f"{'CN' if credit else 'INV'}-{i:07d}",
                    issued.isoformat(),
                    (issued + timedelta(days=rng.choice([0, 30, 45, 60]))).isoformat(),
                    "EUR",
                    f"{amount / 100:.2f}",
                    f"{open_cents / 100:.2f}",
                ]
            )
    return customers_csv, documents_csv


async def baseline_file(owner: asyncpg.Connection, tenant: TenantId, documents_csv: Path) -> Path:
    """The same documents as COPY wants them: tenant and customer ids instead of numbers."""
    ids = {
        r["number"]: str(r["id"])
        for r in await owner.fetch("select number, id from customers where tenant_id = $1", tenant)
    }
    path = documents_csv.with_name("documents_copy.csv")
    with (
        documents_csv.open(newline="", encoding="utf-8") as source,
        path.open("w", newline="", encoding="utf-8") as out,
    ):
        reader = csv.DictReader(source)
        writer = csv.writer(out)
        for row in reader:
            writer.writerow(
                [str(tenant), ids[row["customer_number"]]]
                + [row[c] for c in DOCUMENT_COLUMNS if c != "customer_number"]
            )
    return path


async def timed_import(
    pool: Pool, tenant: TenantId, path: Path, console: Console, label: str
) -> tuple[ImportReport, dict[str, float]]:
    """read_file + import_rows, with the time spent reading, validating and writing."""
    started = time.perf_counter()
    rows = read_file(path)
    read_done = time.perf_counter()
    total = len(rows)
    marks: dict[str, float] = {}

    def mark(done: int) -> None:
        if done >= total and "validated" not in marks:
            marks["validated"] = time.perf_counter()

    if console.is_terminal:
        with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), console=console) as bar:
            task = bar.add_task(label, total=2 * total)

            def progress(done: int) -> None:
                mark(done)
                bar.update(task, completed=done)

            report = await import_rows(pool, tenant, "documents", rows, progress=progress)
    else:
        report = await import_rows(pool, tenant, "documents", rows, progress=mark)
    ended = time.perf_counter()
    validated = marks.get("validated", ended)
    return report, {
        "total": ended - started,
        "read": read_done - started,
        "validate": validated - read_done,
        "write": ended - validated,
    }


def machine(server_version: str) -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}; "
        f"PostgreSQL {server_version} on 127.0.0.1; Python {platform.python_version()}"
    )


async def run(documents: int, customers: int, repeat: int) -> None:
    console = Console(stderr=True)
    name = f"relance_bench_{secrets.token_hex(4)}"
    admin = await asyncpg.connect(SERVER_URL)
    await admin.execute(f'create database "{name}"')
    await admin.close()
    url = _with_database(SERVER_URL, name)
    try:
        await migrate(url)
        settings = Settings.from_env({"DATABASE_URL": url})
        pool = await create_pool(settings.app_dsn, size=2, timeout=600)
        owner = await asyncpg.connect(url)
        try:
            await measure(pool, owner, console, documents, customers, repeat)
        finally:
            await owner.close()
            await pool.close()
    finally:
        admin = await asyncpg.connect(SERVER_URL)
        await admin.execute(f'drop database if exists "{name}" with (force)')
        await admin.close()


async def measure(
    pool: Pool,
    owner: asyncpg.Connection,
    console: Console,
    documents: int,
    customers: int,
    repeat: int,
) -> None:
    copy_runs: list[float] = []
    first_runs: list[dict[str, float]] = []
    again_runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="relance_bench_") as tmp:
        console.print(f"generating {documents:,} documents for {customers:,} customers")
        customers_csv, documents_csv = generate(Path(tmp), documents, customers)
        importer = await create_tenant(pool, "bench-import", "Bench import")
        copier = await create_tenant(pool, "bench-copy", "Bench COPY")
        for tenant in (importer, copier):
            await import_rows(pool, tenant, "customers", read_file(customers_csv))
        copy_csv = await baseline_file(owner, copier, documents_csv)
        columns = ["tenant_id", "customer_id"] + [
            c for c in DOCUMENT_COLUMNS if c != "customer_number"
        ]
        for round_ in range(1, repeat + 1):
            # Each run starts from an empty documents table, checkpointed, so none pays for
            # the previous one's dirty pages.
            await owner.execute("truncate documents cascade")
            await owner.execute("checkpoint")
            console.print(f"round {round_}/{repeat}: baseline COPY documents FROM STDIN")
            started = time.perf_counter()
            status = await owner.copy_to_table(
                "documents", source=copy_csv, columns=columns, format="csv"
            )
            copy_runs.append(time.perf_counter() - started)
            assert status == f"COPY {documents}", status
            await owner.execute("truncate documents cascade")
            await owner.execute("checkpoint")
            first, first_t = await timed_import(pool, importer, documents_csv, console, "import")
            assert first.inserted == documents, first
            again, again_t = await timed_import(pool, importer, documents_csv, console, "again")
            assert again.unchanged == documents, again
            first_runs.append(first_t)
            again_runs.append(again_t)
        version = await owner.fetchval("show server_version")

    copy_seconds = statistics.median(copy_runs)

    def line(what: str, runs: list[float]) -> str:
        seconds = statistics.median(runs)
        spread = f"{min(runs):.2f}–{max(runs):.2f}"
        return (
            f"| {what} | {seconds:.2f} | {spread} | {documents / seconds:,.0f} | "
            f"{seconds / copy_seconds:.2f}× |"
        )

    def phase(runs: list[dict[str, float]], name: str) -> list[float]:
        return [run[name] for run in runs]

    print(f"Machine: {machine(str(version))}.")
    print()
    print(
        f"{documents:,} documents for {customers:,} customers, one CSV file; median of "
        f"{repeat} rounds, each starting from an empty `documents` table."
    )
    print()
    print("| Run | Median s | Range s | Rows/s | × COPY |")
    print("|---|---:|---:|---:|---:|")
    print(line("Baseline: `COPY documents FROM STDIN` (owner, ids resolved)", copy_runs))
    first_total = phase(first_runs, "total")
    print(line("`read_file` + `import_rows`, first import (all inserted)", first_total))
    print(line("&nbsp;&nbsp;of which `read_file` (CSV to rows)", phase(first_runs, "read")))
    print(line("&nbsp;&nbsp;of which validation (Python)", phase(first_runs, "validate")))
    print(line("&nbsp;&nbsp;of which lookups + COPY to stage + upsert", phase(first_runs, "write")))
    print(line("Same file again (all unchanged, nothing written)", phase(again_runs, "total")))
    print(line("&nbsp;&nbsp;of which lookups + COPY to stage + upsert", phase(again_runs, "write")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported")
    args = parser.parse_args()
    asyncio.run(run(args.documents, args.customers, args.repeat))


if __name__ == "__main__":
    main()
