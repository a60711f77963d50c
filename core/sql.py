"""Named SQL statements loaded once from `sql/queries/*.sql`.

Each statement sits under a `-- name: <identifier>` header; code calls `queries.<identifier>`
and never builds SQL from Python strings.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_HEADER = re.compile(r"^--\s*name:\s*([a-z_][a-z0-9_]*)\s*$", re.MULTILINE)


class Queries:
    """Attribute access to named statements; an unknown name fails loudly."""

    def __init__(self, statements: dict[str, str]) -> None:
        self._statements = statements

    def __getattr__(self, name: str) -> str:
        try:
            return self._statements[name]
        except KeyError:
            raise AttributeError(f"no SQL statement named {name!r} in sql/queries") from None

    def __contains__(self, name: str) -> bool:
        return name in self._statements


def parse_statements(text: str, source: str) -> dict[str, str]:
    """Split one .sql file into its named statements."""
    statements: dict[str, str] = {}
    matches = list(_HEADER.finditer(text))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        body = text[match.end() : end].strip().rstrip(";").strip()
        name = match.group(1)
        if name in statements:
            raise ValueError(f"{source}: statement {name!r} defined twice")
        statements[name] = body
    return statements


@cache
def load() -> Queries:
    """Read every file in sql/queries once per process."""
    statements: dict[str, str] = {}
    folder = resources.files("sql") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".sql"):
            continue
        for name, body in parse_statements(entry.read_text("utf-8"), entry.name).items():
            if name in statements:
                raise ValueError(f"{entry.name}: statement {name!r} already defined elsewhere")
            statements[name] = body
    return Queries(statements)
