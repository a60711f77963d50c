"""Settings: read from the environment, validated at start with messages naming the variable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.errors import SettingsError
from core.settings import HostPort, Settings, documented_variables


def test_defaults_without_environment() -> None:
    settings = Settings.from_env({})
    assert settings.smtp_listen == HostPort("127.0.0.1", 2525)
    assert settings.lmtp_listen is None
    assert settings.app_dsn == "postgresql://relance_app@127.0.0.1:5432/relance"


def test_fixed_names_are_read() -> None:
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://owner:pw@db.internal:5433/ar",
            "REDIS_URL": "redis://cache:6380/2",
            "RELANCE_REPLY_DOMAIN": "Reply.Example.COM.",
            "RELANCE_SMTP_LISTEN": "0.0.0.0:25",
            "RELANCE_LMTP_LISTEN": "[::1]:2424",
            "RELANCE_API_LISTEN": "127.0.0.1:8080",
            "ANTHROPIC_API_KEY": "sk-test",
            "RELANCE_APP_DB_PASSWORD": "s3cret",
        }
    )
    assert settings.reply_domain == "reply.example.com"
    assert settings.lmtp_listen == HostPort("::1", 2424)
    assert str(settings.lmtp_listen) == "[::1]:2424"
    assert settings.anthropic_api_key == "sk-test"
    assert settings.app_dsn == "postgresql://relance_app:s3cret@db.internal:5433/ar"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("RELANCE_SMTP_LISTEN", "localhost", "host:port"),
        ("RELANCE_API_LISTEN", "127.0.0.1:99999", "host:port"),
        ("DATABASE_URL", "mysql://x/y", "starting with postgresql"),
        ("REDIS_URL", "http://x", "starting with redis"),
        ("RELANCE_REPLY_DOMAIN", "not a domain", "domain name"),
        ("RELANCE_MAX_MESSAGE_SIZE", "-5", "positive int"),
        ("RELANCE_DB_TIMEOUT", "soon", "positive float"),
        ("RELANCE_PROXY_PROTOCOL", "maybe", "true or false"),
        ("RELANCE_MAIA_ENGINE", "gpt", "one of rules, claude"),
        ("RELANCE_TLS_CERT", "/nonexistent.pem", "readable file"),
    ],
)
def test_bad_values_name_the_variable(variable: str, value: str, expected: str) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({variable: value})
    assert caught.value.variable == variable
    assert expected in str(caught.value)
    assert variable in str(caught.value)


def test_claude_engine_needs_a_key() -> None:
    with pytest.raises(SettingsError, match="ANTHROPIC_API_KEY"):
        Settings.from_env({"RELANCE_MAIA_ENGINE": "claude"})


def test_every_documented_variable_is_in_the_readme() -> None:
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text()
    missing = [v for v, _ in documented_variables() if f"`{v}`" not in readme]
    assert missing == []


def test_process_refuses_to_start_with_a_clear_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cli.main", "migrate"],
        env={"RELANCE_SMTP_LISTEN": "nonsense", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "RELANCE_SMTP_LISTEN must be host:port" in result.stderr
