"""The attribution chain and durable storage, through PgIntake on the real database."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest
from prometheus_client import CollectorRegistry

from core.accounts import create_tenant, create_user
from core.capture import capture_address, inbox_address, new_token
from core.db import Pool, unit_of_work
from core.ids import TenantId
from core.settings import Settings
from gateway.intake import Recipient
from gateway.message import BounceInfo, ForwardInfo
from gateway.store import JobQueue, PgIntake
from tests.support.messages import make_message


class World:
    """A tenant with three customers, contacts, documents and an outbound message."""

    def __init__(self, intake: PgIntake, settings: Settings, slug: str) -> None:
        self.intake = intake
        self.settings = settings
        self.slug = slug
        self.tenant: TenantId
        self.customers: dict[str, uuid.UUID] = {}
        self.tokens: dict[str, str] = {}
        self.inbox = ""

    async def build(self, pool: Pool) -> World:
        self.tenant = await create_tenant(pool, self.slug, "T", internal_domains=["tenant.example"])
        await create_user(pool, self.tenant, "sales@tenant.example", role="collector")
        async with unit_of_work(pool, self.tenant) as conn:
            for number in ("100", "200", "300"):
                token = new_token()
                self.tokens[number] = token
                self.customers[number] = await conn.fetchval(
                    "insert into customers (tenant_id, number, name, capture_token)"
                    " values (relance_current_tenant(), $1, $2, $3) returning id",
                    number,
                    f"Customer {number}",
                    token,
                )
            contacts = [
                ("100", "only100@customer.example"),
                ("200", "shared@customer.example"),
                ("300", "shared@customer.example"),
            ]
            for index, (number, email) in enumerate(contacts):
                await conn.execute(
                    "insert into contacts (tenant_id, customer_id, external_ref, email)"
                    " values (relance_current_tenant(), $1, $2, $3)",
                    self.customers[number],
                    f"ct{index}",
                    email,
                )
            for number, doc in (
                ("200", "FT 2026/0931"),
                ("300", "INV-300-1"),
                ("100", "DUP-1"),
                ("200", "DUP-1"),
            ):
                await conn.execute(
                    "insert into documents (tenant_id, customer_id, external_ref, number,"
                    " currency, amount, open_amount) values (relance_current_tenant(), $1, $2,"
                    " $3, 'EUR', 10, 10)",
                    self.customers[number],
                    f"{number}-{doc}",
                    doc,
                )
            await conn.execute(
                "insert into outbound_messages (tenant_id, customer_id, message_id, reply_key,"
                " recipients) values (relance_current_tenant(), $1, $2, $3, '{}')",
                self.customers["300"],
                f"rem-{self.slug}@relance.test",
                f"rk{self.slug}",
            )
            inbox_token = await conn.fetchval("select inbox_token from tenants")
        self.inbox = inbox_address(self.slug, inbox_token, self.settings.reply_domain)
        return self

    def capture(self, number: str) -> str:
        return capture_address(self.slug, number, self.tokens[number], self.settings.reply_domain)

    async def inbox_recipient(self) -> Recipient:
        recipient = await self.intake.resolve_recipient(self.inbox)
        assert recipient is not None and recipient.customer_id is None
        return recipient


@pytest.fixture
async def world(pool: Pool, settings: Settings, unique: str) -> AsyncIterator[World]:
    queue = JobQueue(settings, queue_name=f"relance-test-{unique}")
    intake = PgIntake(settings, pool, queue, CollectorRegistry())
    yield await World(intake, settings, f"att-{unique}").build(pool)
    await queue.close()


async def _stored(owner: asyncpg.Connection, message_id: uuid.UUID) -> asyncpg.Record:
    row = await owner.fetchrow("select * from inbound_messages where id = $1", message_id)
    assert row is not None
    return row


async def test_capture_address_in_envelope(world: World, owner: asyncpg.Connection) -> None:
    recipient = await world.intake.resolve_recipient(world.capture("100").upper())
    assert recipient is not None and recipient.customer_id == world.customers["100"]
    [delivery] = await world.intake.store(make_message(rcpt_tos=[recipient.address]), [recipient])
    row = await _stored(owner, delivery.message_id)
    assert row["customer_id"] == world.customers["100"]
    assert row["attribution_rule"] == "capture_address"
    assert row["tenant_id"] == world.tenant


async def test_wrong_token_unknown_customer_and_disabled_resolve_alike(
    world: World, pool: Pool
) -> None:
    good = world.capture("100")
    wrong_token = good.replace(world.tokens["100"], new_token())
    unknown = capture_address(world.slug, "999", world.tokens["100"], world.settings.reply_domain)
    other_tenant = good.replace(f"capture.{world.slug}.", "capture.nope-tenant.")
    async with unit_of_work(pool, world.tenant) as conn:
        await conn.execute("update customers set capture_enabled = false where number = '200'")
    disabled = world.capture("200")
    for address in (wrong_token, unknown, other_tenant, disabled, "postmaster@reply.relance.test"):
        assert await world.intake.resolve_recipient(address) is None, address


async def test_capture_address_in_headers(world: World, owner: asyncpg.Connection) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(recipient_header_addresses=["someone@x.example", world.capture("200")])
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert (row["customer_id"], row["attribution_rule"]) == (
        world.customers["200"],
        "capture_address",
    )


async def test_reply_to_our_message_id(world: World, owner: asyncpg.Connection) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(
        from_address="stranger@elsewhere.example",
        in_reply_to=f"rem-{world.slug}@relance.test",
        references=["unrelated@x"],
    )
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert (row["customer_id"], row["attribution_rule"]) == (world.customers["300"], "reply_key")


async def test_known_contact_of_exactly_one_customer(
    world: World, owner: asyncpg.Connection
) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(from_address="Only100@Customer.example")
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert (row["customer_id"], row["attribution_rule"]) == (
        world.customers["100"],
        "known_contact",
    )


async def test_shared_contact_is_ambiguous(world: World, owner: asyncpg.Connection) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(from_address="shared@customer.example", text_body="see FT 2026/0931")
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert row["customer_id"] is None and row["attribution_rule"] == "ambiguous"


async def test_document_number_in_new_text(world: World, owner: asyncpg.Connection) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(
        from_address="new.person@customer.example",
        text_body="We paid FT 2026/0931 yesterday.\n\nOn Mon, X wrote:\n> INV-300-1 is due",
    )
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert (row["customer_id"], row["attribution_rule"]) == (
        world.customers["200"],
        "document_number",
    )


async def test_number_only_in_quote_does_not_attribute(
    world: World, owner: asyncpg.Connection
) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(
        from_address="new.person@customer.example",
        subject="Re: hello",
        text_body="Thanks!\n\n-----Original Message-----\nFrom: ar@tenant.example\nINV-300-1",
    )
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert row["customer_id"] is None and row["attribution_rule"] == "unassigned"


async def test_document_number_of_two_customers_is_ambiguous(
    world: World, owner: asyncpg.Connection
) -> None:
    inbox = await world.inbox_recipient()
    message = make_message(from_address="x@unknown.example", subject="Re: DUP-1")
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert row["customer_id"] is None and row["attribution_rule"] == "ambiguous"


async def test_forward_by_staff_is_attributed_to_original_author(
    world: World, owner: asyncpg.Connection
) -> None:
    inbox = await world.inbox_recipient()
    forward = ForwardInfo(
        author_address="only100@customer.example",
        author_name="AP 100",
        date="Mon, 2 Nov 2026",
        sent_at=None,
        subject="Re: reminder",
        text="We dispute this invoice.",
        source="inline",
    )
    message = make_message(from_address="sales@tenant.example", forward=forward)
    [delivery] = await world.intake.store(message, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert row["customer_id"] == world.customers["100"]
    assert row["kind"] == "forward" and row["forwarded_by"] == "sales@tenant.example"
    # The same forward block from an outsider is not a forward: attribution uses the sender.
    outsider = make_message(from_address="random@else.example", forward=forward)
    [delivery] = await world.intake.store(outsider, [inbox])
    row = await _stored(owner, delivery.message_id)
    assert row["kind"] == "reply" and row["customer_id"] is None


async def test_duplicate_stored_once_and_several_addresses_of_one_customer(
    world: World, owner: asyncpg.Connection
) -> None:
    a = await world.intake.resolve_recipient(world.capture("100"))
    b = await world.intake.resolve_recipient(world.capture("100").upper())
    c = await world.intake.resolve_recipient(world.capture("300"))
    assert a and b and c
    message = make_message()
    first = await world.intake.store(message, [a, b, c])
    assert len(first) == 2 and not any(d.duplicate for d in first)
    again = await world.intake.store(message, [a])
    assert again[0].duplicate and again[0].message_id == first[0].message_id
    count = await owner.fetchval(
        "select count(*) from inbound_messages where message_id_header = $1", message.message_id
    )
    assert count == 2  # once per customer
    # Without a Message-ID, the content hash stands in.
    anonymous = make_message(message_id=None, text_body="no id here")
    assert not (await world.intake.store(anonymous, [a]))[0].duplicate
    assert (await world.intake.store(anonymous, [a]))[0].duplicate


async def test_bounce_marks_contact_and_outbound(world: World, owner: asyncpg.Connection) -> None:
    recipient = await world.intake.resolve_recipient(world.capture("100"))
    assert recipient is not None
    bounce = BounceInfo(
        original_message_id=f"rem-{world.slug}@relance.test",
        failed_recipients=["only100@customer.example"],
        status="5.1.1",
        diagnostic="smtp; 550 5.1.1 user unknown",
    )
    [delivery] = await world.intake.store(
        make_message(kind="bounce", bounce=bounce, mail_from=""), [recipient]
    )
    row = await _stored(owner, delivery.message_id)
    assert row["kind"] == "bounce" and row["status"] == "parsed"
    contact = await owner.fetchrow(
        "select undeliverable_at, undeliverable_reason from contacts where tenant_id = $1"
        " and email = 'only100@customer.example'",
        world.tenant,
    )
    assert contact is not None and contact["undeliverable_at"] is not None
    assert "5.1.1" in contact["undeliverable_reason"]
    status = await owner.fetchval(
        "select status from outbound_messages where tenant_id = $1", world.tenant
    )
    assert status == "bounced"


async def test_sweeper_requeues_jobs_stuck_for_an_hour(
    world: World, owner: asyncpg.Connection
) -> None:
    recipient = await world.intake.resolve_recipient(world.capture("100"))
    assert recipient is not None
    [delivery] = await world.intake.store(make_message(), [recipient])
    await owner.execute(
        "update inbound_messages set status = 'queued', enqueued_at = now() - interval '2 hours'"
        " where id = $1",
        delivery.message_id,
    )
    assert await world.intake.sweep(older_than_seconds=0) >= 1
    row = await owner.fetchrow(
        "select status, enqueued_at > now() - interval '1 minute' as fresh from inbound_messages"
        " where id = $1",
        delivery.message_id,
    )
    assert row is not None and row["status"] == "queued" and row["fresh"]
    # A message already read is never queued again.
    await owner.execute(
        "update inbound_messages set status = 'parsed', enqueued_at = now() - interval '2 hours'"
        " where id = $1",
        delivery.message_id,
    )
    before = await owner.fetchval("select count(*) from inbound_messages where status = 'queued'")
    await world.intake.sweep(older_than_seconds=0)
    assert (
        await owner.fetchval(
            "select status from inbound_messages where id = $1", delivery.message_id
        )
        == "parsed"
    )
    assert (
        await owner.fetchval("select count(*) from inbound_messages where status = 'queued'")
        <= before
    )


async def test_tenant_with_capture_off_refuses_all_its_addresses(world: World, pool: Pool) -> None:
    good = world.capture("100")
    assert await world.intake.resolve_recipient(good) is not None
    assert await world.intake.resolve_recipient(world.inbox) is not None
    async with unit_of_work(pool, world.tenant) as conn:
        await conn.execute("update tenants set capture_enabled = false")
    assert await world.intake.resolve_recipient(good) is None
    assert await world.intake.resolve_recipient(world.inbox) is None
