"""The aiosmtpd handler: RCPT lookups and the DATA decision, mapping outcomes to replies.

Thin on purpose: parsing, verification and classification live in `gateway.pipeline`; storage
in the `Intake`. The rule that matters here is RFC 5321 section 6.1: once 250 is sent the
message is ours, so 250 goes out only after `Intake.store` has returned (committed), and any
doubt gives 451 4.3.0 so the sender retries (storage deduplicates the retry).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import structlog

from core.errors import TemporaryFailure
from gateway import replies
from gateway.classify import is_loop
from gateway.dns import TxtLookup
from gateway.intake import Delivery, Intake, Recipient
from gateway.message import ReceivedMessage
from gateway.pipeline import EnvelopeFacts, analyse
from gateway.protocol import GatewayEnvelope
from gateway.redact import redact

if TYPE_CHECKING:
    from gateway.protocol import GatewaySMTP

log = structlog.get_logger("relance.gateway")


class GatewayHandler:
    """Decides every RCPT and every message of every session of one Gateway."""

    def __init__(
        self,
        *,
        intake: Intake,
        lookup: TxtLookup,
        hostname: str,
        dns_timeout: float,
        store_timeout: float,
    ) -> None:
        self.intake = intake
        self.lookup = lookup
        self.hostname = hostname
        self.dns_timeout = dns_timeout
        self.store_timeout = store_timeout
        # Store calls still running after their timeout: kept so they are not collected, and
        # awaited at shutdown.
        self.background: set[asyncio.Task[list[Delivery]]] = set()

    async def handle_exception(self, error: Exception) -> str:
        """A bug in a command handler: log it, tell the client to retry, reveal nothing."""
        log.error("command_crashed", error=type(error).__name__, exc_info=error)
        return replies.R451_LOCAL_ERROR

    async def handle_EHLO(
        self,
        server: GatewaySMTP,
        session: Any,
        envelope: GatewayEnvelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        """Advertise no AUTH: an MX takes mail for its own domains from anyone, unauthenticated."""
        session.host_name = hostname
        return [line for line in responses if not line[4:].upper().startswith("AUTH")]

    async def handle_MAIL(
        self,
        server: GatewaySMTP,
        session: Any,
        envelope: GatewayEnvelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        """Accept any sender: whom the mail is for decides, at RCPT."""
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        self._log(server).info(
            "mail_from", sender=redact(_null(address)), helo=session.host_name, tls=server.tls
        )
        return replies.R250_SENDER_OK

    async def handle_RCPT(
        self,
        server: GatewaySMTP,
        session: Any,
        envelope: GatewayEnvelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        """Accept a capture or inbox address; every refusal has the same text (no oracle)."""
        bound = self._log(server).bind(recipient=redact(address))
        if len(envelope.rcpt_tos) >= server.state.max_recipients:
            server.state.metrics.rejected.labels(server.listener, "too_many_recipients").inc()
            bound.info("rcpt_refused", reason="too_many_recipients")
            return replies.R452_TOO_MANY_RECIPIENTS
        try:
            recipient = await asyncio.wait_for(
                self.intake.resolve_recipient(address), self.store_timeout
            )
        except (TemporaryFailure, TimeoutError) as error:
            server.state.metrics.temporary_failures.labels(server.listener, "resolve").inc()
            bound.warning("rcpt_deferred", error=type(error).__name__)
            return replies.R451_LOCAL_ERROR
        except Exception:
            server.state.metrics.temporary_failures.labels(server.listener, "resolve").inc()
            bound.exception("rcpt_lookup_crashed")
            return replies.R451_LOCAL_ERROR
        if recipient is None:
            server.state.metrics.rejected.labels(server.listener, "no_mailbox").inc()
            bound.info("rcpt_refused", reason="no_mailbox")
            return replies.R550_NO_MAILBOX
        envelope.rcpt_tos.append(address)
        envelope.recipients.append(recipient)
        bound.info("rcpt_accepted", tenant_id=str(recipient.tenant_id))
        return replies.R250_RECIPIENT_OK

    async def handle_message(self, server: GatewaySMTP, raw: bytes) -> list[str]:
        """The DATA replies: one for SMTP, one per accepted recipient for LMTP (RFC 2033)."""
        envelope = server.envelope
        assert isinstance(envelope, GatewayEnvelope)
        recipients = list(envelope.recipients)
        listener = server.listener
        metrics = server.state.metrics
        bound = self._log(server)
        started = time.perf_counter()
        try:
            outcome = await self._deliver(server, envelope, recipients, raw, bound)
        finally:
            metrics.data_seconds.labels(listener).observe(time.perf_counter() - started)
        if isinstance(outcome, str):
            return [outcome] * (len(recipients) if listener == "lmtp" else 1)
        delivered = {d.recipient for d in outcome}
        if listener == "lmtp":
            return [
                replies.R250_ACCEPTED if r in delivered else replies.R451_LOCAL_ERROR
                for r in recipients
            ]
        if all(r in delivered for r in recipients):
            return [replies.R250_ACCEPTED]
        # Some recipients were not stored: the sender must retry; those stored come back as
        # duplicates and are answered 250 without a second copy.
        return [replies.R451_LOCAL_ERROR]

    async def _deliver(
        self,
        server: GatewaySMTP,
        envelope: GatewayEnvelope,
        recipients: list[Recipient],
        raw: bytes,
        bound: Any,
    ) -> str | list[Delivery]:
        listener = server.listener
        metrics = server.state.metrics
        facts = EnvelopeFacts(
            transaction_id=server.transaction_id,
            received_at=datetime.now(UTC),
            client_address=server.client_address,
            client_port=server.client_port,
            helo=server.session.host_name if server.session else None,
            tls=server.tls,
            mail_from=_null(envelope.mail_from),
            rcpt_tos=list(envelope.rcpt_tos),
            protocol=_protocol(server, envelope),
        )
        try:
            message = await analyse(
                raw,
                facts,
                lookup=self.lookup,
                authserv_id=self.hostname,
                dns_timeout=self.dns_timeout,
            )
        except Exception:
            # analyse never raises on input; this is a bug, and the sender should retry.
            metrics.temporary_failures.labels(listener, "analysis").inc()
            bound.exception("analysis_crashed", size=len(raw))
            return replies.R451_LOCAL_ERROR
        self._count_verdicts(server, message)
        if is_loop(message.headers):
            metrics.rejected.labels(listener, "loop").inc()
            bound.warning("message_rejected", reason="loop", size=message.size)
            return replies.R554_LOOP
        # A recipient named twice is stored once (LMTP still answers each RCPT).
        unique = list(dict.fromkeys(recipients))
        task = asyncio.ensure_future(self.intake.store(message, unique))
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        try:
            # shield: a client hanging up must not cancel a commit halfway.
            deliveries = await asyncio.wait_for(asyncio.shield(task), self.store_timeout)
        except (TemporaryFailure, TimeoutError) as error:
            metrics.temporary_failures.labels(listener, "store").inc()
            bound.warning("message_deferred", cause=type(error).__name__, size=message.size)
            return replies.R451_LOCAL_ERROR
        except Exception:
            metrics.temporary_failures.labels(listener, "store").inc()
            bound.exception("store_crashed", size=message.size)
            return replies.R451_LOCAL_ERROR
        for delivery in deliveries:
            metrics.accepted.labels(listener, message.kind).inc()
            bound.info(
                "message_accepted",
                message_id=str(delivery.message_id),
                tenant_id=str(delivery.recipient.tenant_id),
                duplicate=delivery.duplicate,
                kind=message.kind,
                size=message.size,
                attachments=len(message.attachments),
                dkim=[d.result for d in message.auth.dkim] or ["none"],
                dmarc=message.auth.dmarc,
                authenticated=message.auth.authenticated,
            )
        return deliveries

    @staticmethod
    def _count_verdicts(server: GatewaySMTP, message: ReceivedMessage) -> None:
        metrics = server.state.metrics
        for result in message.auth.dkim or []:
            metrics.dkim.labels(result.result).inc()
        if not message.auth.dkim:
            metrics.dkim.labels("none").inc()
        metrics.dmarc.labels(message.auth.dmarc).inc()

    @staticmethod
    def _log(server: GatewaySMTP) -> Any:
        return log.bind(
            transaction_id=server.transaction_id,
            listener=server.listener,
            client=server.client_address,
        )


def _protocol(server: GatewaySMTP, envelope: GatewayEnvelope) -> str:
    """The RFC 3848 / RFC 6531 protocol keyword of this transaction."""
    if server.listener == "lmtp":
        return "LMTPS" if server.tls else "LMTP"
    base = "UTF8SMTP" if envelope.smtp_utf8 else "ESMTP"
    return base + ("S" if server.tls else "")


def _null(address: str | None) -> str:
    """ "" for the null reverse-path "<>" (RFC 5321 section 4.5.5)."""
    if not address or address == "<>":
        return ""
    return address
