"""aiosmtpd's SMTP session, hardened for a public MX: limits, PROXY, streaming DATA, LMTP replies.

aiosmtpd's own DATA reader refuses lines over 1000 octets outright, answers size overflows
with a reply without an enhanced code, and sends one reply to DATA even in LMTP, where
RFC 2033 section 4.2 requires one per accepted recipient (Postfix waits for the missing ones
and times out). `GatewaySMTP.smtp_DATA` replaces it: it streams the message, keeps at most
`max_message_size` bytes (the rest is read and dropped, so memory stays bounded), charges
every byte to the client's budget, and pushes the replies the handler returns.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final

import structlog
from aiosmtpd.proxy_protocol import get_proxy
from aiosmtpd.smtp import SMTP, Envelope, syntax

from gateway import replies
from gateway.intake import Recipient
from gateway.limits import ClientBudget, Limits
from gateway.metrics import GatewayMetrics

if TYPE_CHECKING:
    from gateway.handler import GatewayHandler

log = structlog.get_logger("relance.gateway")

PROXY_TIMEOUT: Final = 10.0
DATA_BLOCK: Final = 64 * 1024
_SIZE_PARAM = re.compile(r"\bSIZE=(\d+)", re.IGNORECASE)


class GatewayEnvelope(Envelope):
    """aiosmtpd's envelope plus the resolved recipients, in RCPT order."""

    def __init__(self) -> None:
        super().__init__()
        self.recipients: list[Recipient] = []


class ServerState:
    """What every session of one Gateway shares."""

    def __init__(
        self,
        *,
        limits: Limits,
        metrics: GatewayMetrics,
        max_message_size: int,
        max_recipients: int,
        data_timeout: float,
        processing_timeout: float,
        proxy_protocol: bool,
    ) -> None:
        self.limits = limits
        self.metrics = metrics
        self.max_message_size = max_message_size
        self.max_recipients = max_recipients
        self.data_timeout = data_timeout
        self.processing_timeout = processing_timeout
        self.proxy_protocol = proxy_protocol
        self.draining = False
        self.sessions: set[GatewaySMTP] = set()


class GatewaySMTP(SMTP):
    """One SMTP session of the capture gateway."""

    listener = "smtp"

    def __init__(self, handler: GatewayHandler, *, state: ServerState, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.state = state
        self.client_address = ""
        self.client_port = 0
        self.budget: ClientBudget | None = None
        # True from MAIL FROM until the DATA reply: shutdown lets such a session finish.
        self.in_transaction = False
        self.transaction_id = uuid.uuid4().hex
        for name, method in list(self._smtp_methods.items()):
            self._smtp_methods[name] = self._metered(name, method)

    def _create_envelope(self) -> GatewayEnvelope:
        return GatewayEnvelope()

    # -- connection ---------------------------------------------------------------------
    async def _handle_client(self) -> None:
        peer = self.session.peer if self.session is not None else None
        if isinstance(peer, tuple) and len(peer) >= 2:
            self.client_address, self.client_port = str(peer[0]), int(peer[1])
        self.state.sessions.add(self)
        try:
            if self.state.proxy_protocol and not await self._read_proxy_header():
                return
            if self.state.draining:
                await self._refuse(replies.R421_SHUTTING_DOWN, "shutting_down")
                return
            budget = self.state.limits.open(self.client_address)
            if budget is None:
                await self._refuse(replies.R421_TOO_MANY_CONNECTIONS, "too_many_connections")
                return
            self.budget = budget
            gauge = self.state.metrics.connections.labels(self.listener)
            gauge.inc()
            try:
                await super()._handle_client()
            finally:
                gauge.dec()
                self.state.limits.close(self.client_address)
        finally:
            self.state.sessions.discard(self)

    async def _read_proxy_header(self) -> bool:
        """Read a HAProxy PROXY v1/v2 header; the address it names is the client's."""
        self._reset_timeout(PROXY_TIMEOUT)
        data = await get_proxy(self._reader)
        if not data.valid:
            self.state.metrics.rejected.labels(self.listener, "bad_proxy_header").inc()
            if self.transport is not None:
                self.transport.close()
            return False
        # A v2 LOCAL command (a health check of the balancer itself) carries no client.
        if data.src_addr is not None and str(data.src_addr):
            self.client_address = str(data.src_addr)
            self.client_port = int(data.src_port or 0)
        self._reset_timeout()
        return True

    async def _refuse(self, reply: str, reason: str) -> None:
        self.state.metrics.rejected.labels(self.listener, reason).inc()
        log.info(
            "connection_refused",
            reason=reason,
            listener=self.listener,
            client=self.client_address,
            transaction_id=self.transaction_id,
        )
        try:
            await self.push(reply)
        finally:
            if self.transport is not None:
                self.transport.close()

    def close_with(self, reply: str) -> None:
        """Say `reply` and close, from outside the session (shutdown)."""
        transport = self.transport
        if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
            transport.write(reply.encode() + b"\r\n")
            transport.close()

    def _timeout_cb(self) -> None:
        # RFC 5321 section 4.5.3.2: say why before closing a silent client.
        transport = self.transport
        if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
            transport.write(replies.R421_TIMEOUT.encode() + b"\r\n")
        super()._timeout_cb()  # type: ignore[no-untyped-call]  # aiosmtpd leaves it untyped

    @property
    def tls(self) -> bool:
        """Whether STARTTLS is in effect on this connection."""
        return self._tls_protocol is not None

    # -- rate limits --------------------------------------------------------------------
    def _metered(
        self, name: str, method: Callable[[str | None], Awaitable[None]]
    ) -> Callable[[str | None], Awaitable[None]]:
        async def call(arg: str | None) -> None:
            if await self.charge(1, len(name) + len(arg or "") + 3):
                await method(arg)

        return call

    async def charge(self, commands: int, octets: int) -> bool:
        """Spend from the client's budgets; past them answer 421 4.7.0 and close."""
        budget = self.budget
        if budget is None:
            return True
        if (not commands or budget.commands.take(commands)) and budget.data.take(octets):
            return True
        await self._refuse(replies.R421_RATE_LIMITED, "rate_limited")
        return False

    # -- transaction --------------------------------------------------------------------
    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_MAIL(self, arg: str | None) -> None:
        if self.state.draining:
            await self._refuse(replies.R421_SHUTTING_DOWN, "shutting_down")
            return
        size = _SIZE_PARAM.search(arg or "")
        if size and int(size.group(1)) > self.state.max_message_size:
            # RFC 1870 section 6.1: a declared size over the limit is refused at MAIL.
            self.state.metrics.rejected.labels(self.listener, "too_big").inc()
            await self.push(replies.R552_TOO_BIG)
            return
        self.transaction_id = uuid.uuid4().hex
        await super().smtp_MAIL(arg)
        self.in_transaction = bool(self.envelope is not None and self.envelope.mail_from)

    @syntax("RSET")
    async def smtp_RSET(self, arg: str) -> None:
        await super().smtp_RSET(arg)
        self.in_transaction = False

    @syntax("DATA")
    async def smtp_DATA(self, arg: str | None) -> None:
        if await self.check_helo_needed():
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push(replies.R503_NEED_RCPT)
            return
        if arg:
            await self.push(replies.R501_DATA_SYNTAX)
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        self._reset_timeout(self.state.data_timeout)
        raw = await self._read_data()
        if raw is None:
            return
        self._reset_timeout(self.state.processing_timeout)
        handler: GatewayHandler = self.event_handler
        if isinstance(raw, int):
            self.state.metrics.rejected.labels(self.listener, "too_big").inc()
            answers = [replies.R552_TOO_BIG]
        else:
            answers = await handler.handle_message(self, raw)
        self._set_post_data_state()  # type: ignore[no-untyped-call]  # untyped in aiosmtpd
        try:
            for answer in answers:
                await self.push(answer)
        finally:
            self.in_transaction = False

    async def _read_data(self) -> bytes | int | None:
        """The message (dot-unstuffed), its size when over the limit, or None if cut off.

        Reads in blocks rather than lines (a 200 KB attachment is thousands of lines) and
        looks for the terminating CRLF "." CRLF (RFC 5321 section 4.1.1.4), keeping up to
        four unexamined bytes between blocks so a terminator split across reads is found.
        """
        limit = self.state.max_message_size
        reader = self._reader
        buffer = bytearray()
        size = 0
        # A virtual CRLF before the first line: a message that is only "." is found too.
        pending = b"\r\n"
        while self.transport is not None:
            chunk = await reader.read(DATA_BLOCK)
            if not chunk:
                return None
            if not await self.charge(0, len(chunk)):
                return None
            window = pending + chunk
            end = window.find(b"\r\n.\r\n")
            if end < 0:
                keep, pending = window[:-4], window[-4:]
            else:
                keep, leftover = window[: end + 2], window[end + 5 :]
                if leftover:
                    # Commands the client sent after the dot, without waiting for our reply.
                    reader._buffer[0:0] = leftover  # type: ignore[attr-defined]
            size += len(keep)
            if size <= limit + 2:
                buffer += keep
            elif buffer:
                buffer = bytearray()  # over the limit: read on to the end, keep nothing
            if end >= 0:
                break
        size -= 2  # the virtual CRLF
        if size > limit:
            return size
        # Transparency (RFC 5321 section 4.5.2): drop the first "." of every line.
        return bytes(buffer.replace(b"\r\n.", b"\r\n")[2:])


class GatewayLMTP(GatewaySMTP):
    """One LMTP session (RFC 2033): LHLO instead of HELO/EHLO, one DATA reply per recipient."""

    listener = "lmtp"

    @syntax("LHLO hostname")
    async def smtp_LHLO(self, arg: str) -> None:
        """The LMTP greeting (RFC 2033 section 4.1), answered like EHLO."""
        await super().smtp_EHLO(arg)

    async def smtp_HELO(self, arg: str) -> None:
        """HELO is not an LMTP command."""
        await self.push('500 5.5.1 Error: command "HELO" not recognized')

    async def smtp_EHLO(self, arg: str) -> None:
        """EHLO is not an LMTP command."""
        await self.push('500 5.5.1 Error: command "EHLO" not recognized')
