"""Prometheus metrics exposure shared by the processes.

The API serves `/metrics` itself; the gateway and the worker serve theirs on
RELANCE_METRICS_LISTEN when set, from a small HTTP server of prometheus_client.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.exposition import generate_latest

from core.settings import HostPort

REGISTRY = CollectorRegistry(auto_describe=True)


def serve(listen: HostPort | None, registry: CollectorRegistry = REGISTRY) -> None:
    """Start the /metrics HTTP server in a background thread when a listen address is set."""
    if listen is not None:
        start_http_server(listen.port, addr=listen.host, registry=registry)


def render(registry: CollectorRegistry = REGISTRY) -> bytes:
    """The registry in Prometheus text format."""
    return generate_latest(registry)
