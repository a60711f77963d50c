"""From a stored message to the agenda: MAIA's job through a real ARQ worker, then the API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import asyncpg
import httpx
import pytest
from prometheus_client import CollectorRegistry

from core.accounts import create_tenant, create_user
from core.capture import capture_address, inbox_address, new_token
from core.db import Pool, unit_of_work
from core.settings import Settings
from gateway.store import JobQueue, PgIntake
from tests.api.conftest import bearer
from tests.support.messages import make_message
from worker.maia.types import KnownDocument, MaiaResult, MailInput
from worker.reader import Reader
from worker.settings import build_worker
from worker.tasks import parse_reply


class BrokenReader(Reader):
    """A reader whose engine fails: the job must still record the message."""

    async def read(self, mail: MailInput, documents: Sequence[KnownDocument]) -> MaiaResult:
        raise RuntimeError("engine exploded")


class Desk:
    """A tenant with an admin, collectors alice and bob, one customer each, and an intake."""

    def __init__(self, settings: Settings, pool: Pool, queue_name: str) -> None:
        self.settings = settings
        self.pool = pool
        self.queue_name = queue_name
        self.queue = JobQueue(settings, queue_name=queue_name)
        self.intake = PgIntake(settings, pool, self.queue, CollectorRegistry())

    async def build(self, slug: str) -> Desk:
        self.slug = slug
        self.tenant = await create_tenant(self.pool, slug, slug)
        _, self.admin = await create_user(
            self.pool, self.tenant, f"admin@{slug}.test", role="admin"
        )
        alice, self.alice = await create_user(
            self.pool, self.tenant, f"a@{slug}.test", role="collector"
        )
        _, self.bob = await create_user(self.pool, self.tenant, f"b@{slug}.test", role="collector")
        self.token = new_token()
        async with unit_of_work(self.pool, self.tenant) as conn:
            self.customer = await conn.fetchval(
                "insert into customers (tenant_id, number, name, capture_token, collector_id)"
                " values (relance_current_tenant(), 'A1', 'Alice customer', $1, $2) returning id",
                self.token,
                alice,
            )
            self.document = await conn.fetchval(
                "insert into documents (tenant_id, customer_id, external_ref, number, currency,"
                " amount, open_amount) values (relance_current_tenant(), $1, 'd1', 'F2026-0412',"
                " 'EUR', 1200, 1200) returning id",
                self.customer,
            )
            inbox_token = await conn.fetchval("select inbox_token from tenants")
        self.address = capture_address(slug, "A1", self.token, self.settings.reply_domain)
        self.inbox = inbox_address(slug, inbox_token, self.settings.reply_domain)
        return self

    async def deliver(self, address: str, **message: Any) -> Any:
        recipient = await self.intake.resolve_recipient(address)
        assert recipient is not None
        [delivery] = await self.intake.store(
            make_message(rcpt_tos=[address], **message), [recipient]
        )
        return delivery.message_id

    async def work(self) -> None:
        """Drain the queue with a real ARQ worker in burst mode."""
        worker = build_worker(self.settings, queue_name=self.queue_name, burst=True)
        try:
            await worker.async_run()
        finally:
            await worker.close()


@pytest.fixture
async def desk(settings: Settings, pool: Pool, unique: str) -> AsyncIterator[Desk]:
    desk = await Desk(settings, pool, f"relance-test-agenda-{unique}").build(f"agenda-{unique}")
    yield desk
    await desk.queue.close()


BODY = (
    "Hello,\n\nWe will pay invoice F2026-0412 next Friday.\n\nBest regards,\nJane\n\n"
    "On Mon, 2 Nov 2026 at 10:00, AR <ar@tenant.example> wrote:\n"
    "> Invoices F2026-0412 and F2026-0999 are overdue (1,200.00 EUR).\n"
)


async def test_reply_reaches_the_agenda(
    desk: Desk, client: httpx.AsyncClient, owner: asyncpg.Connection
) -> None:
    sent = datetime(2026, 11, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))  # a Monday
    message_id = await desk.deliver(desk.address, text_body=BODY, date=sent)
    await desk.work()
    status = await owner.fetchval("select status from inbound_messages where id = $1", message_id)
    assert status == "parsed"

    response = await client.get("/v1/agenda/replies", headers=bearer(desk.alice))
    assert response.status_code == 200, response.text
    [item] = [i for i in response.json()["items"] if i["customer"] == "A1"]
    assert item["source"] == "email" and item["status"] == "parsed"
    assert item["intents"] == ["promise_to_pay"]
    assert item["promise_date"] == "2026-11-06"
    assert "F2026-0999" not in item["reply_text"] and "next Friday" in item["reply_text"]
    assert item["attachment_count"] == 0 and item["auto_submitted"] is False
    [doc] = item["documents"]
    assert doc["number"] == "F2026-0412" and doc["document_id"] == str(desk.document)
    assert doc["status"] == "promise_to_pay"
    # Bob is another collector: he does not see Alice's customer's replies; the admin does.
    bob = await client.get("/v1/agenda/replies", headers=bearer(desk.bob))
    assert all(i["customer"] != "A1" for i in bob.json()["items"])
    admin = await client.get("/v1/agenda/replies", headers=bearer(desk.admin))
    assert any(i["id"] == item["id"] for i in admin.json()["items"])


async def test_job_twice_records_one_reply(desk: Desk, owner: asyncpg.Connection) -> None:
    message_id = await desk.deliver(desk.address, text_body="We paid F2026-0412 today.")
    ctx = {"pool": desk.pool, "settings": desk.settings, "reader": Reader()}
    results = await asyncio.gather(
        *(parse_reply(ctx, str(desk.tenant), str(message_id)) for _ in range(3))
    )
    assert "parsed" in results
    count = await owner.fetchval(
        "select count(*) from replies where inbound_message_id = $1", message_id
    )
    assert count == 1


async def test_unreadable_message_is_failed_but_shown(
    desk: Desk, client: httpx.AsyncClient
) -> None:
    message_id = await desk.deliver(desk.address, text_body="raw words the engine chokes on")
    ctx = {"pool": desk.pool, "settings": desk.settings, "reader": BrokenReader()}
    assert await parse_reply(ctx, str(desk.tenant), str(message_id)) == "failed"
    response = await client.get("/v1/agenda/replies", headers=bearer(desk.admin))
    [item] = [
        i for i in response.json()["items"] if i["reply_text"] == "raw words the engine chokes on"
    ]
    assert item["status"] == "failed" and "engine exploded" in item["error"]


async def test_unassigned_queue_and_assignment(desk: Desk, client: httpx.AsyncClient) -> None:
    await desk.deliver(
        desk.inbox,
        from_address="nobody@unknown.example",
        subject="Invoice question",
        text_body="Please send a copy of invoice F2026-0412.\n",
    )
    # F2026-0412 names exactly one customer: attributed by document number, not unassigned.
    message_id = await desk.deliver(
        desk.inbox,
        from_address="nobody@unknown.example",
        subject="Hello",
        text_body="Please call me back.\n",
    )
    await desk.work()
    queue = await client.get("/v1/agenda/unassigned", headers=bearer(desk.alice))
    assert queue.status_code == 200
    [item] = [i for i in queue.json()["items"] if i["id"] == str(message_id)]
    assert item["attribution_rule"] == "unassigned" and item["text"].startswith(
        "Please call me back"
    )
    # Bob may not assign it to Alice's customer (404, no enumeration); Alice may.
    denied = await client.post(
        f"/v1/agenda/unassigned/{message_id}/assign",
        json={"customer_id": str(desk.customer)},
        headers=bearer(desk.bob),
    )
    assert denied.status_code == 404
    done = await client.post(
        f"/v1/agenda/unassigned/{message_id}/assign",
        json={"customer_id": str(desk.customer)},
        headers=bearer(desk.alice),
    )
    assert done.status_code == 200, done.text
    queue = await client.get("/v1/agenda/unassigned", headers=bearer(desk.alice))
    assert all(i["id"] != str(message_id) for i in queue.json()["items"])
    replies = await client.get("/v1/agenda/replies", headers=bearer(desk.alice))
    assert any(i["reply_text"].startswith("Please call me back") for i in replies.json()["items"])


async def test_paging_newest_first(desk: Desk, client: httpx.AsyncClient) -> None:
    base = datetime.now(UTC)
    for n in range(5):
        await desk.deliver(
            desk.address, text_body=f"Message number {n}", date=base + timedelta(seconds=n)
        )
    await desk.work()
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        page = (
            await client.get("/v1/agenda/replies", params=params, headers=bearer(desk.alice))
        ).json()
        seen += [i["received_at"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) >= 5 and seen == sorted(seen, reverse=True)
