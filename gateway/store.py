"""The PostgreSQL side of the gateway: which addresses exist, and storing each message durably.

`store()` returns only after the commit, so the protocol layer never answers 250 for a
message that is not safe. The MAIA job is enqueued after the commit; when Redis is down the
row stays `received` and the sweeper enqueues it later: nothing lost, nothing parsed twice
(the job id derives from the message id).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta
from typing import Any
from uuid import UUID

import msgspec
from arq.connections import ArqRedis
from prometheus_client import CollectorRegistry, Counter

from core import jobs
from core.capture import parse_address, token_matches
from core.db import TRANSIENT_ERRORS, Connection, Pool, unit_of_work
from core.errors import TemporaryFailure
from core.ids import TenantId
from core.logging import get_logger
from core.settings import Settings
from core.sql import load
from gateway.attribution import Attribution, attribute
from gateway.intake import Delivery, Recipient
from gateway.message import ReceivedMessage

log = get_logger(__name__)


def _clean(value: Any) -> Any:
    """Make mail text storable: PostgreSQL text and jsonb refuse NUL, UTF-8 refuses lone
    surrogates. Hostile or broken bytes must not turn a message into a 451 for ever."""
    if isinstance(value, str):
        return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    return value


class JobQueue:
    """Enqueues MAIA jobs, reconnecting to Redis lazily: a Redis outage never blocks intake."""

    def __init__(self, settings: Settings, *, queue_name: str = jobs.QUEUE_NAME) -> None:
        self._settings = settings
        self._queue_name = queue_name
        self._redis: ArqRedis | None = None

    async def enqueue_parse(self, tenant_id: UUID, message_id: UUID) -> bool:
        """Queue one message; False (logged) when Redis cannot take it now."""
        try:
            async with asyncio.timeout(3):
                if self._redis is None:
                    self._redis = await jobs.connect_queue(
                        self._settings, queue_name=self._queue_name
                    )
                await jobs.enqueue_parse_reply(self._redis, tenant_id, message_id)
        except Exception as exc:  # any Redis failure: the sweeper retries from PostgreSQL
            log.warning("enqueue_failed", message_id=str(message_id), error=type(exc).__name__)
            await self.close()
            return False
        return True

    async def close(self) -> None:
        """Drop the connection (it is reopened on next use)."""
        redis, self._redis = self._redis, None
        if redis is not None:
            with contextlib.suppress(Exception):
                await redis.aclose()


class _StoreMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.stored = Counter(
            "relance_gateway_stored_total",
            "Messages committed, per attribution rule",
            ["rule"],
            registry=registry,
        )
        self.duplicates = Counter(
            "relance_gateway_duplicates_total", "Messages already stored", registry=registry
        )
        self.enqueue_failures = Counter(
            "relance_gateway_enqueue_failures_total",
            "MAIA jobs left to the sweeper because Redis refused them",
            registry=registry,
        )


class PgIntake:
    """The gateway's `Intake` on PostgreSQL (see gateway/intake.py)."""

    def __init__(
        self, settings: Settings, pool: Pool, queue: JobQueue, registry: CollectorRegistry
    ) -> None:
        self._settings = settings
        self._pool = pool
        self._queue = queue
        self._metrics = _StoreMetrics(registry)

    async def resolve_recipient(self, address: str) -> Recipient | None:
        """Resolve a capture or inbox address; every failure looks the same to the caller."""
        parsed = parse_address(address, self._settings.reply_domain)
        if parsed is None:
            return None
        q = load()
        try:
            async with (
                asyncio.timeout(self._settings.db_timeout),
                unit_of_work(self._pool, None) as conn,
            ):
                if parsed.kind == "capture":
                    row = await conn.fetchrow(
                        q.capture_target, parsed.tenant_slug, parsed.customer_number
                    )
                else:
                    row = await conn.fetchrow(q.inbox_target, parsed.tenant_slug)
        except TRANSIENT_ERRORS as exc:
            raise TemporaryFailure(f"recipient lookup: {type(exc).__name__}") from exc
        expected = row["token"] if row is not None and row["enabled"] else None
        if not token_matches(parsed.token, expected) or row is None:
            return None
        return Recipient(
            address=address.strip("<>").lower(),
            tenant_id=row["tenant_id"],
            customer_id=row["customer_id"] if parsed.kind == "capture" else None,
        )

    async def store(
        self, message: ReceivedMessage, recipients: Sequence[Recipient]
    ) -> list[Delivery]:
        """Commit once per customer (per tenant: one transaction), then enqueue."""
        by_tenant: dict[UUID, list[Recipient]] = defaultdict(list)
        for recipient in recipients:
            by_tenant[recipient.tenant_id].append(recipient)
        deliveries: list[Delivery] = []
        try:
            async with asyncio.timeout(self._settings.db_timeout):
                for tenant_id, group in by_tenant.items():
                    deliveries.extend(
                        await self._store_for_tenant(TenantId(tenant_id), message, group)
                    )
        except TRANSIENT_ERRORS as exc:
            raise TemporaryFailure(f"store: {type(exc).__name__}: {exc}") from exc
        for delivery in deliveries:
            if not delivery.duplicate and message.kind != "bounce":
                await self._enqueue(delivery.recipient.tenant_id, delivery.message_id)
        return deliveries

    async def _enqueue(self, tenant_id: UUID, message_id: UUID) -> None:
        if not await self._queue.enqueue_parse(tenant_id, message_id):
            self._metrics.enqueue_failures.inc()
            return
        with contextlib.suppress(*TRANSIENT_ERRORS):
            async with unit_of_work(
                self._pool, tenant_id, timeout=self._settings.db_timeout
            ) as conn:
                await conn.execute(load().mark_enqueued, message_id)

    async def _store_for_tenant(
        self, tenant_id: TenantId, message: ReceivedMessage, recipients: list[Recipient]
    ) -> list[Delivery]:
        q = load()
        async with unit_of_work(self._pool, tenant_id, timeout=self._settings.db_timeout) as conn:
            tenant = await conn.fetchrow(q.tenant_for_intake)
            assert tenant is not None, "a resolved recipient's tenant exists"
            sender = _clean((message.from_address or "").lower())
            internal = set(tenant["internal_domains"])
            is_staff = sender in set(tenant["staff"]) or sender.rpartition("@")[2] in internal
            forward = message.forward if is_staff else None
            author = (
                _clean(forward.author_address) if forward and forward.author_address else sender
            )
            # One row per customer: several capture addresses of one customer collapse.
            targets: dict[UUID | None, tuple[Recipient, Attribution]] = {}
            for recipient in recipients:
                if recipient.customer_id is not None:
                    found = Attribution(
                        customer_id=recipient.customer_id, rule="capture_address", detail="envelope"
                    )
                else:
                    found = await attribute(
                        conn,
                        message,
                        tenant_slug=tenant["slug"],
                        reply_domain=self._settings.reply_domain,
                        author=author or None,
                    )
                targets.setdefault(found.customer_id, (recipient, found))
            if message.bounce is not None:
                await self._record_bounce(conn, message)
            deliveries = []
            for recipient, found in targets.values():
                message_id, duplicate = await self._insert(
                    conn, message, recipient, found, forwarded_by=sender if forward else None
                )
                deliveries.append(
                    Delivery(recipient=recipient, message_id=message_id, duplicate=duplicate)
                )
                if duplicate:
                    self._metrics.duplicates.inc()
                else:
                    self._metrics.stored.labels(found.rule).inc()
                log.info(
                    "message_stored",
                    transaction_id=message.transaction_id,
                    tenant_id=str(tenant_id),
                    message_id=str(message_id),
                    rule=found.rule,
                    duplicate=duplicate,
                    kind="forward" if forward else message.kind,
                )
            return deliveries

    async def _record_bounce(self, conn: Connection, message: ReceivedMessage) -> None:
        bounce = message.bounce
        assert bounce is not None
        reason = " ".join(filter(None, [bounce.status, bounce.diagnostic]))[:500] or "bounced"
        if bounce.original_message_id:
            await conn.execute(load().mark_outbound_bounced, bounce.original_message_id, reason)
        for failed in bounce.failed_recipients:
            await conn.execute(load().mark_contact_undeliverable, failed, reason)

    async def _insert(
        self,
        conn: Connection,
        message: ReceivedMessage,
        recipient: Recipient,
        found: Attribution,
        *,
        forwarded_by: str | None,
    ) -> tuple[UUID, bool]:
        q = load()
        dedup_key = (
            f"mid:{message.message_id}" if message.message_id else f"sha256:{message.content_hash}"
        )
        offset = message.date.utcoffset() if message.date else None
        kind = "forward" if forwarded_by else message.kind
        new_id = await conn.fetchval(
            q.insert_inbound,
            found.customer_id,
            _clean(recipient.address),
            found.rule,
            _clean(found.detail),
            _clean(message.mail_from),
            _clean(message.from_address or ""),
            _clean(message.from_name or ""),
            _clean((message.subject or "")[:998]),
            _clean(message.message_id),
            _clean(dedup_key),
            message.date,
            int(offset.total_seconds() // 60) if offset is not None else None,
            _clean(msgspec.to_builtins(message.headers)),
            _clean(message.text_body),
            _clean(message.html_body),
            message.size,
            len(message.attachments),
            _clean(msgspec.to_builtins(message.attachments)),
            _clean(message.auth.header),
            _clean(msgspec.to_builtins(message.auth.dkim)),
            message.auth.spf,
            message.auth.dmarc,
            message.auth.authenticated,
            kind,
            message.auto_submitted,
            _clean(forwarded_by),
            message.client_address or None,
            _clean(message.helo),
            "parsed" if message.kind == "bounce" else "received",
        )
        if new_id is not None:
            return new_id, False
        existing = await conn.fetchval(q.existing_inbound, found.customer_id, _clean(dedup_key))
        return existing, True

    async def sweep(self, *, older_than_seconds: int = 10, limit: int = 200) -> int:
        """Enqueue stored messages whose job never reached Redis; return how many were queued."""
        async with unit_of_work(self._pool, None, timeout=self._settings.db_timeout) as conn:
            rows = await conn.fetch(
                load().pending_inbound, timedelta(seconds=older_than_seconds), limit
            )
        queued = 0
        for row in rows:
            if not await self._queue.enqueue_parse(row["tenant_id"], row["id"]):
                break
            async with unit_of_work(self._pool, row["tenant_id"]) as conn:
                await conn.execute(load().mark_enqueued, row["id"])
            queued += 1
        if queued:
            log.info("sweeper_enqueued", count=queued)
        return queued
