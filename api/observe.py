"""Request metrics and one structured log line per HTTP exchange (never a body).

The metric objects live at module level because prometheus_client registers each name once
per registry; every app built in one process shares them, as they share `core.metrics.REGISTRY`.
Routes are labelled by their template (`/v1/customers/{customer_id:uuid}`), never the raw path,
so an id cannot explode the label set; unmatched paths share one label.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from prometheus_client import Counter, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from core.accounts import Principal
from core.logging import get_logger
from core.metrics import REGISTRY, render

log = get_logger("api.requests")

UNMATCHED = "<unmatched>"
METRICS_CONTENT_TYPE = CONTENT_TYPE_LATEST

REQUESTS = Counter(
    "relance_http_requests_total",
    "HTTP requests answered by the API, by method, route template and status.",
    ["method", "route", "status"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "relance_http_request_duration_seconds",
    "Seconds from receiving an HTTP request to sending the end of its response.",
    ["method", "route"],
    registry=REGISTRY,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGICall = Callable[[Any, Any, Any], Awaitable[None]]


async def observed(scope: Scope, receive: Receive, send: Send, app: ASGICall) -> None:
    """Run one HTTP exchange through `app`, then count, time and log it."""
    started = time.perf_counter()
    status = 500  # what the client sees when nothing was sent at all

    async def remember_status(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
        await send(message)

    try:
        await app(scope, receive, remember_status)
    finally:
        elapsed = time.perf_counter() - started
        method = str(scope.get("method", ""))
        route = str(scope.get("path_template") or UNMATCHED)
        REQUESTS.labels(method, route, str(status)).inc()
        LATENCY.labels(method, route).observe(elapsed)
        principal = scope.get("state", {}).get("principal")
        log.info(
            "http_request",
            method=method,
            path=scope.get("path", ""),
            route=route,
            status=status,
            duration_ms=round(elapsed * 1000, 2),
            tenant_id=str(principal.tenant_id) if isinstance(principal, Principal) else None,
            user_id=str(principal.user_id) if isinstance(principal, Principal) else None,
        )


def metrics_text() -> bytes:
    """The shared registry in Prometheus text format."""
    return render(REGISTRY)
