"""Dependencies every handler may ask for by name: `pool`, `settings`, `principal`.

Handlers declare them as parameters (`pool: Pool, principal: Principal`); `create_app`
registers the providers app-wide, so a controller added later needs no wiring of its own.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.exceptions import NotAuthorizedException

from core.accounts import Principal, authenticate
from core.db import Pool, transient_as_temporary
from core.ids import UserId
from core.settings import Settings

# Keys of app.state and connection state.
POOL = "pool"
SETTINGS = "settings"
PRINCIPAL = "principal"

# RFC 6750 section 3: a 401 names the scheme; error="invalid_token" when one was given.
CHALLENGE = 'Bearer realm="relance"'
CHALLENGE_INVALID = 'Bearer realm="relance", error="invalid_token"'


def provide_pool(state: State) -> Pool:
    """The application pool (role relance_app: row-level security applies)."""
    pool: Pool = state[POOL]
    return pool


def provide_settings(state: State) -> Settings:
    """The settings the app was built with."""
    settings: Settings = state[SETTINGS]
    return settings


async def current_principal(connection: ASGIConnection[Any, Any, Any, Any]) -> Principal:
    """Resolve the bearer key once per request; 401 with a challenge when it does not resolve."""
    known = connection.scope.get("state", {}).get(PRINCIPAL)
    if isinstance(known, Principal):
        return known
    scheme, _, key = connection.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        raise NotAuthorizedException(
            detail="an API key is required: Authorization: Bearer <key>",
            headers={"WWW-Authenticate": CHALLENGE},
        )
    pool = provide_pool(connection.app.state)
    async with transient_as_temporary("authenticating"):
        principal = await authenticate(pool, key.strip())
    if principal is None:
        # Unknown, revoked, malformed and deactivated keys all read the same.
        raise NotAuthorizedException(
            detail="the API key is not valid", headers={"WWW-Authenticate": CHALLENGE_INVALID}
        )
    connection.scope.setdefault("state", {})[PRINCIPAL] = principal
    return principal


async def provide_principal(request: Request[Any, Any, Any]) -> Principal:
    """The caller, for handlers that ask for `principal`."""
    return await current_principal(request)


def collector_scope(principal: Principal) -> UserId | None:
    """The user id that SQL restricts customers to, or None for an admin (the whole tenant)."""
    return principal.user_id if principal.role == "collector" else None


def dependencies() -> dict[str, Provide]:
    """Providers registered on the app: every handler can name them."""
    return {
        "pool": Provide(provide_pool, sync_to_thread=False),
        "settings": Provide(provide_settings, sync_to_thread=False),
        "principal": Provide(provide_principal),
    }


# What handlers write in their signatures: explicit named dependencies (Litestar 3 drops the
# inferred kind), e.g. `async def handler(pool: PoolDep, principal: PrincipalDep)`.
PoolDep = NamedDependency[Pool]
SettingsDep = NamedDependency[Settings]
PrincipalDep = NamedDependency[Principal]
