"""`relance demo`: one JSON object with the interface's keys; a second run changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import asyncpg

from core.capture import parse_address

ROOT = Path(__file__).resolve().parents[2]


def run_demo(database_url: str, slug: str) -> dict[str, object]:
    env = {**os.environ, "DATABASE_URL": database_url, "RELANCE_REPLY_DOMAIN": "reply.demo.test"}
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "demo", "--tenant", slug],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


async def test_demo_twice_same_tenant_and_addresses(
    database_url: str, owner: asyncpg.Connection, unique: str
) -> None:
    slug = f"demo-{unique}"
    first = run_demo(database_url, slug)
    assert first["tenant"] == slug
    assert str(first["admin_api_key"]).startswith("rlk_")
    assert str(first["collector_api_key"]).startswith("rlk_")
    addresses = first["capture_addresses"]
    assert isinstance(addresses, list) and len(addresses) >= 3
    for entry in addresses:
        parsed = parse_address(entry["address"], "reply.demo.test")
        assert parsed is not None and parsed.customer_number == entry["customer"]
    tenant = await owner.fetchval("select id from tenants where slug = $1", slug)
    counts = [
        await owner.fetchval(f"select count(*) from {table} where tenant_id = $1", tenant)
        for table in ("customers", "contacts", "documents", "users", "scenarios", "scenario_steps")
    ]
    second = run_demo(database_url, slug)
    assert second["tenant"] == slug and second["capture_addresses"] == addresses
    assert second["admin_api_key"] != first["admin_api_key"]  # re-issued, shown once
    again = [
        await owner.fetchval(f"select count(*) from {table} where tenant_id = $1", tenant)
        for table in ("customers", "contacts", "documents", "users", "scenarios", "scenario_steps")
    ]
    assert again == counts and all(count > 0 for count in counts)
