"""`relance import`'s body: one JSON line on stdout, every problem on stderr, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import asyncpg
import pytest
from rich.console import Console

from cli.imports import run_import
from core.accounts import create_tenant
from core.db import Pool
from core.settings import Settings

DATA = Path(__file__).parent.parent / "data" / "imports"


async def test_report_on_stdout(
    settings: Settings, pool: Pool, owner: asyncpg.Connection, unique: str
) -> None:
    slug = f"cli-{unique}"
    tenant = await create_tenant(pool, slug, "CLI")
    out = io.StringIO()
    code = await run_import(
        settings, slug, "customers", DATA / "customers_good.csv", console=Console(file=out)
    )
    assert code == 0
    assert json.loads(out.getvalue()) == {
        "kind": "customers",
        "rows": 3,
        "inserted": 3,
        "updated": 0,
        "unchanged": 0,
    }
    # In a terminal: a progress bar, then the same single JSON line.
    term = io.StringIO()
    console = Console(file=term, force_terminal=True, width=100)
    code = await run_import(
        settings, slug, "documents", DATA / "documents_good.csv", console=console
    )
    assert code == 0
    assert "validating" in term.getvalue() and "writing" in term.getvalue()
    last = term.getvalue().strip().splitlines()[-1]
    assert json.loads(last[last.index("{") :])["inserted"] == 4
    assert await owner.fetchval("select count(*) from documents where tenant_id = $1", tenant) == 4


async def test_problems_on_stderr(
    settings: Settings, pool: Pool, unique: str, capsys: pytest.CaptureFixture[str]
) -> None:
    slug = f"cli-{unique}"
    await create_tenant(pool, slug, "CLI")
    out = io.StringIO()
    code = await run_import(
        settings, slug, "documents", DATA / "documents_bad.csv", console=Console(file=out)
    )
    assert code == 1
    assert out.getvalue() == ""
    err = capsys.readouterr().err
    assert "line 1, column statuss: unknown column for documents" in err
    assert "line 5, column external_ref: 'D1' already appears on line 2" in err
    assert "line 3, column customer_number: no customer 'C999' in this tenant" in err
    assert "nothing was imported" in err
    code = await run_import(
        settings,
        "no-such-tenant",
        "documents",
        DATA / "documents_bad.csv",
        console=Console(file=out),
    )
    assert code == 2
    code = await run_import(
        settings, slug, "documents", DATA / "missing.csv", console=Console(file=out)
    )
    assert code == 1
    assert "cannot read" in capsys.readouterr().err
