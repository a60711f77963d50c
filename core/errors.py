"""Domain exceptions shared by the gateway, the API and the worker.

Each surface maps them in one place: `api/problems.py` to RFC 9457 problem details,
`gateway/replies.py` to SMTP replies, the worker to a failed row with its cause.
"""

from __future__ import annotations


class RelanceError(Exception):
    """Base of every error Relance raises on purpose."""


class SettingsError(RelanceError):
    """An environment variable holds a value the process cannot run with."""

    def __init__(self, variable: str, expected: str, value: str) -> None:
        self.variable = variable
        self.expected = expected
        self.value = value
        shown = f" (got {value!r})" if value else ""
        super().__init__(f"{variable} must be {expected}{shown}")


class TemporaryFailure(RelanceError):
    """A dependency (PostgreSQL, Redis, DNS) failed or timed out: the caller may retry."""


class SchemaBehind(RelanceError):
    """The database lacks migrations this code needs: run `relance migrate`."""


class NotFound(RelanceError):
    """The thing asked for does not exist for this tenant (or this collector)."""


class Forbidden(RelanceError):
    """The caller is authenticated but its role may not do this."""


class Conflict(RelanceError):
    """The request clashes with existing data (a duplicate reference, a stale state)."""


class InvalidInput(RelanceError):
    """Input failed validation; `problems` lists every problem found, not just the first."""

    def __init__(self, message: str, problems: list[dict[str, object]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []
