"""The `relance` command: composes the gateway, the API and the worker, and runs admin tasks."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any, cast

import typer

from core.accounts import Role
from core.errors import RelanceError, SettingsError
from core.settings import Settings

app = typer.Typer(
    name="relance",
    help=(
        "Relance: accounts-receivable collection built around an email gateway.\n\n"
        "Configuration comes from the environment (DATABASE_URL, REDIS_URL, RELANCE_*); "
        "see the README's configuration table."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
tenant_app = typer.Typer(
    help="Manage tenants (companies using this platform).", no_args_is_help=True
)
user_app = typer.Typer(help="Manage users and their API keys.", no_args_is_help=True)
app.add_typer(tenant_app, name="tenant")
app.add_typer(user_app, name="user")


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        typer.echo(f"configuration error: {exc}", err=True)
        raise typer.Exit(2) from None


def _run(coro: Any) -> Any:
    """Run a coroutine; turn expected errors into a one-line message and exit code 1."""
    try:
        return asyncio.run(coro)
    except RelanceError as exc:
        typer.echo(f"error: {exc}", err=True)
        problems = getattr(exc, "problems", None)
        for problem in problems or []:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1) from None
    except (OSError, TimeoutError) as exc:
        typer.echo(f"error: cannot reach a service: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command()
def run(
    local_services: Annotated[
        bool,
        typer.Option(
            "--local-services",
            help="Find PostgreSQL and Redis for a developer: DATABASE_URL/REDIS_URL when set, "
            "the local default ports when they answer, else embedded servers under var/.",
        ),
    ] = False,
    demo: Annotated[
        bool, typer.Option("--demo", help="Migrate and seed the demo tenant before starting.")
    ] = False,
) -> None:
    """Run the gateway, the API and the worker together until Ctrl-C or SIGTERM."""
    from cli.supervisor import run_platform

    settings = _settings()
    raise typer.Exit(_run(run_platform(settings, local_services=local_services, demo=demo)))


@app.command()
def gateway() -> None:
    """Run the SMTP/LMTP capture gateway alone (RELANCE_SMTP_LISTEN, RELANCE_LMTP_LISTEN)."""
    from cli.processes import serve_gateway

    _run(serve_gateway(_settings()))


@app.command()
def api() -> None:
    """Run the HTTP API and the interactive pages alone (RELANCE_API_LISTEN)."""
    from cli.processes import serve_api

    _run(serve_api(_settings()))


@app.command()
def worker() -> None:
    """Run the background worker alone (MAIA, planner, sender, sweeper)."""
    from cli.processes import serve_worker

    _run(serve_worker(_settings()))


@app.command()
def migrate() -> None:
    """Apply the SQL migrations the database lacks (as the DATABASE_URL role)."""
    from core.migrations import migrate as apply

    settings = _settings()
    ran = _run(
        apply(
            settings.database_url,
            app_password=settings.app_db_password,
            progress=lambda m: typer.echo(f"applying {m.version:04d}_{m.name}", err=True),
        )
    )
    typer.echo(f"{len(ran)} migration(s) applied; database is current", err=True)


@tenant_app.command("create")
def tenant_create(
    slug: Annotated[str, typer.Argument(help="Short name used in addresses: a-z, 0-9, '-'.")],
    name: Annotated[str | None, typer.Option(help="Display name (defaults to the slug).")] = None,
    internal_domain: Annotated[
        list[str] | None,
        typer.Option(
            help="A domain of the tenant's own staff (repeatable): their mail is a forward."
        ),
    ] = None,
    currency: Annotated[str, typer.Option(help="Default ISO 4217 currency.")] = "EUR",
) -> None:
    """Create a tenant and print its id and inbox address as JSON."""
    from cli.admin import create_tenant_command

    result = _run(
        create_tenant_command(
            _settings(), slug, name or slug, internal_domain or [], currency.upper()
        )
    )
    typer.echo(json.dumps(result))


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Argument(help="The user's email address.")],
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
    role: Annotated[str, typer.Option(help="admin or collector.")] = "collector",
    name: Annotated[str, typer.Option(help="Display name.")] = "",
) -> None:
    """Create a user (or re-key an existing one) and print the API key once, as JSON."""
    from cli.admin import create_user_command

    if role not in ("admin", "collector"):
        typer.echo("error: --role must be admin or collector", err=True)
        raise typer.Exit(2)
    result = _run(create_user_command(_settings(), tenant, email, cast(Role, role), name))
    typer.echo(json.dumps(result))


@app.command("import")
def import_(
    kind: Annotated[str, typer.Argument(help="customers, contacts, documents or payments.")],
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A .csv or .xlsx file.")
    ],
    tenant: Annotated[str, typer.Option(help="Tenant slug.")],
) -> None:
    """Upsert ERP data from CSV or Excel by external reference; all or nothing.

    Every bad row is reported as `line N, column C: message` and nothing is imported.
    Importing the same file twice changes nothing.
    """
    from cli.imports import run_import

    if kind not in ("customers", "contacts", "documents", "payments"):
        typer.echo("error: KIND must be customers, contacts, documents or payments", err=True)
        raise typer.Exit(2)
    from rich.console import Console

    code = _run(run_import(_settings(), tenant, kind, file, console=Console(stderr=True)))  # type: ignore[arg-type]  # kind checked above
    raise typer.Exit(code)


@app.command()
def demo(
    tenant: Annotated[str, typer.Option(help="Slug of the demo tenant.")] = "demo",
) -> None:
    """Seed a demo tenant (customers, contacts, documents, a scenario); print credentials as JSON.

    Running it again prints the same tenant and addresses and duplicates nothing
    (API keys are re-issued).
    """
    from cli.demo import seed_demo

    result = _run(seed_demo(_settings(), tenant))
    typer.echo(json.dumps(result, indent=2))


def _mount_maia() -> None:
    try:
        from cli.maia import app as maia_app
    except ImportError:  # pragma: no cover - only while MAIA is being built
        return
    app.add_typer(maia_app, name="maia", help="MAIA, the reply reader: parse and evaluate.")


_mount_maia()


def main() -> None:
    """Entry point for `python -m cli.main`."""
    app()


if __name__ == "__main__":
    main()
