"""The Litestar application: routes, dependencies, problem details, OpenAPI, lifespan.

`create_app(settings)` opens its own pool at startup (refusing to start on a database whose
schema is behind) and closes it at shutdown; tests pass the session's pool instead. Handlers
under /v1 all require a bearer API key; /health, /metrics and /schema do not.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, Router
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.types import ControllerRouterHandler, Receive, Scope, Send

from api import problems
from api.deps import POOL, SETTINGS, dependencies
from api.guards import authenticated
from api.observe import observed
from api.routes.agenda import AgendaController
from api.routes.contacts import ContactController
from api.routes.customers import CustomerController
from api.routes.documents import DocumentController
from api.routes.health import health, metrics
from api.routes.imports import ImportController
from api.routes.payments import PaymentController
from api.routes.users import UserController, me
from core.db import Pool, create_pool, unit_of_work
from core.logging import get_logger
from core.migrations import ensure_current
from core.settings import Settings

log = get_logger(__name__)

BEARER = "bearer"
API_VERSION = "1"


def v1_handlers() -> list[ControllerRouterHandler]:
    """Everything under /v1 (paths relative to /v1): all of it needs a valid API key."""
    return [
        CustomerController,
        ContactController,
        DocumentController,
        PaymentController,
        UserController,
        me,
        # Later controllers go here, e.g. the agenda (GET /v1/agenda/replies, .../unassigned):
        AgendaController,
        ImportController,
    ]


def public_handlers() -> list[ControllerRouterHandler]:
    """Handlers outside /v1, reachable without a key."""
    return [health, metrics]


def openapi_config() -> OpenAPIConfig:
    """OpenAPI 3.1 at /schema/openapi.json, with the bearer scheme /v1 requires."""
    return OpenAPIConfig(
        title="Relance API",
        version=API_VERSION,
        description="Accounts-receivable collection: customers, contacts, documents, payments, "
        "users. Authenticate with `Authorization: Bearer <api key>`. Errors are RFC 9457 "
        "problem details; amounts are exact decimal strings.",
        components=Components(
            security_schemes={
                BEARER: SecurityScheme(
                    type="http",
                    scheme="bearer",
                    description="An API key issued by `relance user create` or POST "
                    "/v1/users/{id}/api-keys.",
                )
            }
        ),
    )


class RelanceApp(Litestar):
    """Litestar, with every HTTP exchange counted, timed and logged (unmatched paths too)."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        await observed(scope, receive, send, self._dispatch)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        await super().__call__(scope, receive, send)


def create_app(settings: Settings, *, pool: Pool | None = None) -> Litestar:
    """Build the API; with no `pool`, open one at startup and close it at shutdown."""

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if pool is not None:
            app.state[POOL] = pool
            yield
            return
        own = await create_pool(
            settings.app_dsn, size=settings.db_pool_size, timeout=settings.db_timeout
        )
        try:
            async with unit_of_work(own, None, timeout=settings.db_timeout) as conn:
                await ensure_current(conn)
            app.state[POOL] = own
            log.info("api_started", listen=str(settings.api_listen))
            yield
        finally:
            await own.close()

    v1 = Router(
        path="/v1",
        route_handlers=v1_handlers(),
        guards=[authenticated],
        security=[{BEARER: []}],
    )
    app = RelanceApp(
        route_handlers=[*public_handlers(), v1],
        dependencies=dependencies(),
        plugins=[problems.plugin()],
        exception_handlers=problems.handlers(),
        openapi_config=openapi_config(),
        lifespan=[lifespan],
        logging_config=None,
    )
    app.state[SETTINGS] = settings
    if pool is not None:
        app.state[POOL] = pool
    return app
