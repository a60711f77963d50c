"""Every error the API answers, as RFC 9457 problem details (application/problem+json).

Domain exceptions from `core.errors`, the framework's HTTP exceptions (unknown route, bad
body, missing key) and database constraint violations are mapped here, in one place. Titles
are the HTTP status phrases, as RFC 9457 section 4.2.1 asks for `about:blank` problems; the
`detail` says what happened in words a client can act on; `errors` lists each invalid field.
Anything unexpected is logged with its traceback and answered 500 without internals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from http import HTTPStatus
from typing import Any

import asyncpg
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.plugins.problem_details import (
    ProblemDetailsConfig,
    ProblemDetailsException,
    ProblemDetailsPlugin,
)
from litestar.types import ExceptionHandlersMap

from core.db import TRANSIENT_ERRORS
from core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    NotFound,
    SchemaBehind,
    TemporaryFailure,
)
from core.logging import get_logger

log = get_logger(__name__)

# Seconds a client should wait after a 503 before retrying (RFC 9110 section 10.2.3).
RETRY_AFTER_SECONDS = 5
_KEY_COLUMNS = re.compile(r"^Key \(([^)]*)\)")


def problem(
    status: int,
    detail: str,
    *,
    errors: Sequence[Mapping[str, object]] | None = None,
    headers: dict[str, str] | None = None,
) -> ProblemDetailsException:
    """A problem of status `status`; `errors` becomes the extension member of that name."""
    return ProblemDetailsException(
        status_code=status,
        title=HTTPStatus(status).phrase,
        detail=detail,
        extra={"errors": errors} if errors else None,
        headers=headers,
    )


def _unavailable(detail: str) -> ProblemDetailsException:
    return problem(503, detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def _from_http(exc: HTTPException) -> ProblemDetailsException:
    if isinstance(exc, ValidationException) and isinstance(exc.extra, list):
        errors = [_field_error(item) for item in exc.extra if isinstance(item, dict)]
        named = "; ".join(
            f"{e['field']}: {e['message']}" if "field" in e else str(e["message"]) for e in errors
        )
        return problem(
            400, f"the request is not valid: {named}" if named else exc.detail, errors=errors
        )
    return problem(exc.status_code, exc.detail, headers=exc.headers)


def _field_error(item: dict[str, Any]) -> dict[str, object]:
    error: dict[str, object] = {"message": str(item.get("message", "invalid value"))}
    if item.get("key"):
        error["field"] = str(item["key"])
    if item.get("source"):
        error["source"] = str(item["source"])
    return error


def _from_invalid(exc: InvalidInput) -> ProblemDetailsException:
    errors: list[Mapping[str, object]] = list(exc.problems) or [{"message": str(exc)}]
    return problem(422, str(exc), errors=errors)


def _columns(exc: asyncpg.PostgresError) -> str:
    found = _KEY_COLUMNS.match(getattr(exc, "detail", None) or "")
    columns = [c.strip() for c in found.group(1).split(",")] if found else []
    return ", ".join(c for c in columns if c != "tenant_id") or "key"


def _from_unique(exc: asyncpg.UniqueViolationError) -> ProblemDetailsException:
    table = getattr(exc, "table_name", None) or "the table"
    return problem(409, f"{table} already holds a row with this {_columns(exc)}")


def _from_foreign_key(exc: asyncpg.ForeignKeyViolationError) -> ProblemDetailsException:
    return problem(422, f"a reference does not exist ({_columns(exc)})")


def _from_check(exc: asyncpg.CheckViolationError) -> ProblemDetailsException:
    constraint = getattr(exc, "constraint_name", None) or "a check"
    return problem(422, f"a value breaks the rule {constraint}")


def _from_data(exc: asyncpg.DataError) -> ProblemDetailsException:
    # The server's message names the value's problem (too long, out of range), never a secret.
    return problem(422, f"a value is not acceptable: {exc.args[0] if exc.args else 'invalid'}")


def _constant(status: int, detail: str) -> Callable[[Exception], ProblemDetailsException]:
    def convert(exc: Exception) -> ProblemDetailsException:
        return problem(status, detail)

    return convert


def _transient(exc: Exception) -> ProblemDetailsException:
    log.warning("temporary_failure", error=type(exc).__name__, detail=str(exc))
    return _unavailable("the database is unavailable right now; retry shortly")


def _conversions() -> dict[type[Exception], Callable[[Any], ProblemDetailsException]]:
    conversions: dict[type[Exception], Callable[[Any], ProblemDetailsException]] = {
        HTTPException: _from_http,
        NotFound: lambda exc: problem(404, str(exc) or "not found"),
        Forbidden: lambda exc: problem(403, str(exc) or "forbidden"),
        Conflict: lambda exc: problem(409, str(exc) or "conflict"),
        InvalidInput: _from_invalid,
        TemporaryFailure: _transient,
        SchemaBehind: lambda exc: _unavailable(str(exc)),
        asyncpg.UniqueViolationError: _from_unique,
        asyncpg.ForeignKeyViolationError: _from_foreign_key,
        asyncpg.CheckViolationError: _from_check,
        asyncpg.DataError: _from_data,
    }
    for transient in TRANSIENT_ERRORS:
        if issubclass(transient, Exception):
            conversions[transient] = _transient
    return conversions


def plugin() -> ProblemDetailsPlugin:
    """The problem-details plugin with every mapping above."""
    return ProblemDetailsPlugin(
        ProblemDetailsConfig(exception_to_problem_detail_map=_conversions())
    )


def unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Log a bug with its traceback; tell the client only that it happened."""
    log.error(
        "unhandled_error",
        method=request.method,
        path=request.url.path,
        error=type(exc).__name__,
        exc_info=exc,
    )
    return problem(500, "an unexpected error occurred; it has been logged").to_response(request)


def handlers() -> ExceptionHandlersMap:
    """Handlers registered beside the plugin: the catch-all for bugs."""
    return {Exception: unexpected}
