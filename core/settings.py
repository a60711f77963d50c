"""One typed settings object, read from the environment and validated at start.

Every process builds it once (`Settings.from_env()`) and passes it down; nothing reads the
environment anywhere else. A wrong value raises `SettingsError` naming the variable and what
it expects, and the command line turns that into a clear exit message.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import msgspec

from core.errors import SettingsError

T = TypeVar("T")

_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


class HostPort(msgspec.Struct, frozen=True):
    """A `host:port` listen address."""

    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    """Everything a Relance process is configured with."""

    # PostgreSQL URL of the owner role: runs migrations and administrative commands.
    database_url: str = "postgresql://postgres@127.0.0.1:5432/relance"
    # PostgreSQL URL the processes use; its role must not own the tables nor bypass RLS.
    # Derived from database_url with the user `relance_app` when unset.
    app_database_url: str | None = None
    # Password given to the `relance_app` role by `relance migrate` (none: trust/peer auth).
    app_db_password: str | None = None
    # Redis URL for the job queue (Redis carries only jobs; PostgreSQL holds all data).
    redis_url: str = "redis://127.0.0.1:6379/0"
    # Domain of capture addresses: capture.<tenant>.<customer>.<token>@<reply_domain>.
    reply_domain: str = "reply.relance.localhost"
    # SMTP listener of the gateway.
    smtp_listen: HostPort = HostPort("127.0.0.1", 2525)
    # LMTP listener of the gateway (RFC 2033), for sites with Postfix/Exim in front; off when unset.
    lmtp_listen: HostPort | None = None
    # HTTP listener of the API and the interactive pages.
    api_listen: HostPort = HostPort("127.0.0.1", 8000)
    # Prometheus /metrics listener for the gateway and the worker (the API serves its own).
    metrics_listen: HostPort | None = None
    # Public base URL of the API, used in links sent by email.
    public_url: str = "http://127.0.0.1:8000"
    # Secret for signed page tokens and reply keys; must be set in production.
    secret_key: str = ""
    # Anthropic API key: enables MAIA's `claude` engine. The SDK honours ANTHROPIC_BASE_URL.
    anthropic_api_key: str | None = None
    # Claude model used by MAIA.
    anthropic_model: str = "claude-sonnet-4-6"
    # MAIA engine used when none is asked for: rules (offline) or claude.
    maia_engine: str = "rules"
    # Log format: json (one object per line) or console (for people).
    log_format: str = "json"
    # Log level name.
    log_level: str = "INFO"
    # Seconds a unit of work may wait on PostgreSQL before the caller gives a temporary failure.
    db_timeout: float = 10.0
    # Connections in each process's pool.
    db_pool_size: int = 10
    # Gateway: largest message accepted, bytes (552 5.3.4 past it, enforced while DATA streams).
    max_message_size: int = 25 * 1024 * 1024
    # Gateway: recipients accepted per message (452 4.5.3 past it).
    max_recipients: int = 50
    # Gateway: simultaneous connections from one client address.
    max_connections_per_ip: int = 20
    # Gateway: simultaneous connections in total.
    max_connections: int = 500
    # Gateway: SMTP commands per second allowed to one client (421 4.7.0 past it).
    max_commands_per_second: float = 50.0
    # Gateway: bytes per second allowed to one client (421 4.7.0 past it).
    max_bytes_per_second: int = 10 * 1024 * 1024
    # Gateway: seconds a connection may stay silent between commands.
    idle_timeout: float = 300.0
    # Gateway: seconds the whole DATA phase may take.
    data_timeout: float = 600.0
    # Gateway: seconds one DNS query (DKIM, SPF, DMARC) may take.
    dns_timeout: float = 5.0
    # Gateway: the DNS resolver to ask (e.g. a local unbound); the system's resolv.conf when unset.
    dns_server: HostPort | None = None
    # Gateway: STARTTLS certificate and key (PEM); STARTTLS is offered when both are set.
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # Gateway: expect a HAProxy PROXY protocol header on each connection (behind a load balancer).
    proxy_protocol: bool = False
    # Gateway: its own name, in the SMTP greeting and as the Authentication-Results server id.
    hostname: str = "relance.localhost"

    @property
    def app_dsn(self) -> str:
        """DSN of the application role (RLS applies to it)."""
        if self.app_database_url:
            return self.app_database_url
        return with_user(self.database_url, "relance_app", self.app_db_password)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables; raise SettingsError on a bad value."""
        return _from_env(cls, os.environ if env is None else env)


def with_user(dsn: str, user: str, password: str | None) -> str:
    """Return `dsn` with its user (and password) replaced."""
    parts = urlsplit(dsn)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = user if password is None else f"{user}:{password}"
    netloc += f"@{host}" if host else "@"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _host_port(name: str, value: str) -> HostPort:
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) < 65536:
        raise SettingsError(name, "host:port (port 0: any free port), e.g. 127.0.0.1:2525", value)
    return HostPort(host, int(port))


def _positive(kind: Callable[[str], T]) -> Callable[[str, str], T]:
    def parse(name: str, value: str) -> T:
        try:
            parsed = kind(value)
        except ValueError:
            raise SettingsError(name, f"a positive {kind.__name__}", value) from None
        if not parsed > 0:  # type: ignore[operator]  # int and float both compare
            raise SettingsError(name, f"a positive {kind.__name__}", value)
        return parsed

    return parse


def _dsn(schemes: tuple[str, ...]) -> Callable[[str, str], str]:
    def parse(name: str, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in schemes or not (parts.hostname or parts.path):
            raise SettingsError(name, f"a URL starting with {' or '.join(schemes)}://", value)
        return value

    return parse


def _domain(name: str, value: str) -> str:
    lowered = value.strip().lower().rstrip(".")
    if not _DOMAIN.match(lowered):
        raise SettingsError(name, "a domain name such as reply.example.com", value)
    return lowered


def _choice(*choices: str) -> Callable[[str, str], str]:
    def parse(name: str, value: str) -> str:
        if value.lower() not in choices:
            raise SettingsError(name, f"one of {', '.join(choices)}", value)
        return value.lower()

    return parse


def _boolean(name: str, value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(name, "true or false", value)


def _file(name: str, value: str) -> Path:
    path = Path(value)
    if not path.is_file():
        raise SettingsError(name, "the path of a readable file", value)
    return path


def _text(name: str, value: str) -> str:
    return value


_PG = _dsn(("postgresql", "postgres"))

# variable -> (field, parser)
_VARIABLES: dict[str, tuple[str, Callable[[str, str], Any]]] = {
    "DATABASE_URL": ("database_url", _PG),
    "RELANCE_APP_DATABASE_URL": ("app_database_url", _PG),
    "RELANCE_APP_DB_PASSWORD": ("app_db_password", _text),
    "REDIS_URL": ("redis_url", _dsn(("redis", "rediss", "unix"))),
    "RELANCE_REPLY_DOMAIN": ("reply_domain", _domain),
    "RELANCE_SMTP_LISTEN": ("smtp_listen", _host_port),
    "RELANCE_LMTP_LISTEN": ("lmtp_listen", _host_port),
    "RELANCE_API_LISTEN": ("api_listen", _host_port),
    "RELANCE_METRICS_LISTEN": ("metrics_listen", _host_port),
    "RELANCE_PUBLIC_URL": ("public_url", _dsn(("http", "https"))),
    "RELANCE_SECRET_KEY": ("secret_key", _text),
    "ANTHROPIC_API_KEY": ("anthropic_api_key", _text),
    "RELANCE_ANTHROPIC_MODEL": ("anthropic_model", _text),
    "RELANCE_MAIA_ENGINE": ("maia_engine", _choice("rules", "claude")),
    "RELANCE_LOG_FORMAT": ("log_format", _choice("json", "console")),
    "RELANCE_LOG_LEVEL": ("log_level", _choice("debug", "info", "warning", "error")),
    "RELANCE_DB_TIMEOUT": ("db_timeout", _positive(float)),
    "RELANCE_DB_POOL_SIZE": ("db_pool_size", _positive(int)),
    "RELANCE_MAX_MESSAGE_SIZE": ("max_message_size", _positive(int)),
    "RELANCE_MAX_RECIPIENTS": ("max_recipients", _positive(int)),
    "RELANCE_MAX_CONNECTIONS_PER_IP": ("max_connections_per_ip", _positive(int)),
    "RELANCE_MAX_CONNECTIONS": ("max_connections", _positive(int)),
    "RELANCE_MAX_COMMANDS_PER_SECOND": ("max_commands_per_second", _positive(float)),
    "RELANCE_MAX_BYTES_PER_SECOND": ("max_bytes_per_second", _positive(int)),
    "RELANCE_IDLE_TIMEOUT": ("idle_timeout", _positive(float)),
    "RELANCE_DATA_TIMEOUT": ("data_timeout", _positive(float)),
    "RELANCE_DNS_TIMEOUT": ("dns_timeout", _positive(float)),
    "RELANCE_DNS_SERVER": ("dns_server", _host_port),
    "RELANCE_TLS_CERT": ("tls_cert", _file),
    "RELANCE_TLS_KEY": ("tls_key", _file),
    "RELANCE_PROXY_PROTOCOL": ("proxy_protocol", _boolean),
    "RELANCE_HOSTNAME": ("hostname", _domain),
}


def _from_env(cls: type[Settings], env: Mapping[str, str]) -> Settings:
    values: dict[str, Any] = {}
    for variable, (field, parse) in _VARIABLES.items():
        raw = env.get(variable)
        if raw is None or (raw == "" and field not in {"secret_key"}):
            continue
        values[field] = parse(variable, raw)
    if values.get("log_level"):
        values["log_level"] = values["log_level"].upper()
    if ("tls_cert" in values) != ("tls_key" in values):
        missing = "RELANCE_TLS_KEY" if "tls_cert" in values else "RELANCE_TLS_CERT"
        raise SettingsError(missing, "set together with its pair to enable STARTTLS", "")
    if values.get("maia_engine") == "claude" and not values.get("anthropic_api_key"):
        raise SettingsError("ANTHROPIC_API_KEY", "a key when RELANCE_MAIA_ENGINE=claude", "")
    return cls(**values)


def documented_variables() -> list[tuple[str, str]]:
    """(variable, field) pairs, for the README's configuration table and `--help`."""
    return [(variable, field) for variable, (field, _) in _VARIABLES.items()]
