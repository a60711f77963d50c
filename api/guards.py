"""Guards: who may reach a handler at all. Which rows they see is the SQL's business."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from api.deps import current_principal


async def authenticated(
    connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler
) -> None:
    """Every /v1 route: a valid API key, whether or not the handler names `principal`."""
    await current_principal(connection)


async def admin_only(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Admin endpoints: a collector gets 403 (they are authenticated, just not allowed)."""
    principal = await current_principal(connection)
    if principal.role != "admin":
        raise PermissionDeniedException(detail="this needs the admin role")
