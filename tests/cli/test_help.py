"""`relance --help` and every subcommand's help explain themselves."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from cli.main import app

COMMANDS = [
    [], ["run"], ["gateway"], ["api"], ["worker"], ["migrate"], ["tenant", "create"],
    ["user", "create"], ["import"], ["demo"], ["maia", "parse"], ["maia", "eval"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "relance")
def test_help(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # The first line of each command's docstring shows up: a sentence, not a bare name.
    text = " ".join(result.output.split())
    assert len(text) > 120
