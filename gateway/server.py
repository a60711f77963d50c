"""The Gateway: SMTP and LMTP listeners sharing one handler, limits, metrics and shutdown.

gateway = Gateway(settings, intake, lookup, registry)
await gateway.start()          # binds; port 0 in settings picks a free port
gateway.smtp_port, gateway.lmtp_port
await gateway.stop()           # 421 to new clients, finish transactions, then close
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Final

import structlog
from prometheus_client import CollectorRegistry

from core.settings import Settings
from gateway import replies
from gateway.dns import TxtLookup
from gateway.handler import GatewayHandler
from gateway.intake import Intake
from gateway.limits import Limits
from gateway.metrics import GatewayMetrics
from gateway.metrics_http import serve_metrics
from gateway.protocol import GatewayLMTP, GatewaySMTP, ServerState

log = structlog.get_logger("relance.gateway")

DEFAULT_SHUTDOWN_GRACE: Final = 30.0
IDENT: Final = "Relance capture gateway"


def tls_context(settings: Settings) -> ssl.SSLContext | None:
    """The STARTTLS context (RFC 3207) when a certificate and key are configured."""
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(settings.tls_cert), str(settings.tls_key))
    # Senders present no client certificate; MX-to-MX TLS is opportunistic (RFC 3207 4.1).
    context.verify_mode = ssl.CERT_NONE
    return context


def _level(name: str) -> int:
    return logging.getLogger(name).level


class Gateway:
    """The capture gateway daemon."""

    def __init__(
        self,
        settings: Settings,
        intake: Intake,
        lookup: TxtLookup,
        registry: CollectorRegistry | None = None,
        *,
        shutdown_grace: float = DEFAULT_SHUTDOWN_GRACE,
    ) -> None:
        self.settings = settings
        self.registry = registry if registry is not None else CollectorRegistry()
        self.metrics = GatewayMetrics(self.registry)
        self.shutdown_grace = shutdown_grace
        # Store gets db_timeout plus a second: the intake enforces db_timeout itself and
        # should be the one to report it; this is the backstop.
        store_timeout = settings.db_timeout + 1.0
        self.handler = GatewayHandler(
            intake=intake,
            lookup=lookup,
            hostname=settings.hostname,
            dns_timeout=settings.dns_timeout,
            store_timeout=store_timeout,
        )
        self.state = ServerState(
            limits=Limits(
                max_connections=settings.max_connections,
                max_connections_per_ip=settings.max_connections_per_ip,
                commands_per_second=settings.max_commands_per_second,
                bytes_per_second=settings.max_bytes_per_second,
                max_message_size=settings.max_message_size,
            ),
            metrics=self.metrics,
            max_message_size=settings.max_message_size,
            max_recipients=settings.max_recipients,
            data_timeout=settings.data_timeout,
            processing_timeout=settings.idle_timeout + settings.dns_timeout * 3 + store_timeout,
            proxy_protocol=settings.proxy_protocol,
        )
        self._servers: dict[str, asyncio.Server] = {}

    async def start(self) -> None:
        """Bind the SMTP listener, the LMTP listener when configured, and /metrics."""
        # aiosmtpd logs every command line, full addresses included, at INFO on "mail.log";
        # a capture address's local part is its key, so only its warnings may reach the logs.
        logging.getLogger("mail.log").setLevel(max(logging.WARNING, _level("mail.log")))
        loop = asyncio.get_running_loop()
        context = tls_context(self.settings)

        def factory(kind: type[GatewaySMTP]) -> GatewaySMTP:
            return kind(
                self.handler,
                state=self.state,
                hostname=self.settings.hostname,
                ident=IDENT,
                data_size_limit=self.settings.max_message_size,
                enable_SMTPUTF8=True,
                decode_data=False,
                tls_context=context,
                require_starttls=False,
                timeout=self.settings.idle_timeout,
                loop=loop,
            )

        smtp = self.settings.smtp_listen
        self._servers["smtp"] = await loop.create_server(
            lambda: factory(GatewaySMTP), smtp.host, smtp.port
        )
        if self.settings.lmtp_listen is not None:
            lmtp = self.settings.lmtp_listen
            self._servers["lmtp"] = await loop.create_server(
                lambda: factory(GatewayLMTP), lmtp.host, lmtp.port
            )
        if self.settings.metrics_listen is not None:
            listen = self.settings.metrics_listen
            self._servers["metrics"] = await serve_metrics(self.registry, listen.host, listen.port)
        log.info("gateway_started", ports=self.ports, tls=context is not None)

    @property
    def ports(self) -> dict[str, int]:
        """Bound port of each listener ("smtp", "lmtp", "metrics")."""
        return {
            name: server.sockets[0].getsockname()[1]
            for name, server in self._servers.items()
            if server.sockets
        }

    @property
    def smtp_port(self) -> int:
        """Bound SMTP port."""
        return self.ports["smtp"]

    @property
    def lmtp_port(self) -> int | None:
        """Bound LMTP port, or None without an LMTP listener."""
        return self.ports.get("lmtp")

    @property
    def metrics_port(self) -> int | None:
        """Bound /metrics port, or None."""
        return self.ports.get("metrics")

    async def stop(self, grace: float | None = None) -> None:
        """Refuse new work with 421 4.3.2, let transactions finish until `grace`, then close."""
        grace = self.shutdown_grace if grace is None else grace
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        self.state.draining = True
        log.info("gateway_draining", sessions=len(self.state.sessions))
        while self.state.sessions and loop.time() < deadline:
            for session in list(self.state.sessions):
                if not session.in_transaction:
                    session.close_with(replies.R421_SHUTTING_DOWN)
            await asyncio.sleep(0.05)
        for session in list(self.state.sessions):
            session.close_with(replies.R421_SHUTTING_DOWN)
        pending = list(self.handler.background)
        if pending:
            await asyncio.wait(pending, timeout=max(0.1, deadline - loop.time()))
        for server in self._servers.values():
            server.close()
        for server in self._servers.values():
            await server.wait_closed()
        self._servers.clear()
        log.info("gateway_stopped")
