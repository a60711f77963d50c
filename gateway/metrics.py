"""Prometheus metrics of the gateway, registered on a registry the caller passes in."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class GatewayMetrics:
    """Counters and histograms of one Gateway; a fresh registry per Gateway in tests."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.accepted = Counter(
            "relance_gateway_messages_accepted",
            "Messages answered 250, per listener and kind.",
            ["listener", "kind"],
            registry=registry,
        )
        self.rejected = Counter(
            "relance_gateway_rejections",
            "Refusals (5xx and rate/connection 421), by reason.",
            ["listener", "reason"],
            registry=registry,
        )
        self.temporary_failures = Counter(
            "relance_gateway_temporary_failures",
            "Transactions answered 451, by cause.",
            ["listener", "cause"],
            registry=registry,
        )
        self.dkim = Counter(
            "relance_gateway_dkim_verdicts",
            "DKIM verdicts of received signatures (none: unsigned message).",
            ["result"],
            registry=registry,
        )
        self.dmarc = Counter(
            "relance_gateway_dmarc_verdicts",
            "DMARC verdicts of received messages.",
            ["result"],
            registry=registry,
        )
        self.data_seconds = Histogram(
            "relance_gateway_data_seconds",
            "Seconds from end of DATA to the reply (parse, verify, store).",
            ["listener"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=registry,
        )
        self.connections = Gauge(
            "relance_gateway_connections",
            "Open client connections.",
            ["listener"],
            registry=registry,
        )
