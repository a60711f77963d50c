"""Which MAIA engine reads a reply, chosen once from the settings."""

from __future__ import annotations

from collections.abc import Sequence

from core.settings import Settings
from worker.maia.claude_engine import ClaudeConfig, parse_claude
from worker.maia.parse import parse
from worker.maia.types import KnownDocument, MaiaResult, MailInput


class Reader:
    """Reads replies with the rules engine, or with Claude (falling back to rules) when set."""

    def __init__(self, claude: ClaudeConfig | None = None) -> None:
        self._claude = claude

    @classmethod
    def from_settings(cls, settings: Settings) -> Reader:
        """Claude when RELANCE_MAIA_ENGINE=claude (settings ensure a key is then present)."""
        if settings.maia_engine == "claude":
            return cls(
                ClaudeConfig(api_key=settings.anthropic_api_key, model=settings.anthropic_model)
            )
        return cls()

    async def read(self, mail: MailInput, documents: Sequence[KnownDocument]) -> MaiaResult:
        """MAIA's proposal for one reply; only ever a proposal, validated by a collector."""
        if self._claude is not None:
            return await parse_claude(mail, documents, config=self._claude)
        return parse(mail, documents, engine="rules")
