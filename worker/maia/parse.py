"""MAIA's entry points: parse a reply with the chosen engine, never raising.

`aparse` is for the ARQ job (async); `parse` is for scripts, the CLI and tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

import msgspec

from worker.maia.extract import normalise_ws
from worker.maia.rules import parse_rules
from worker.maia.types import Engine, KnownDocument, MaiaResult, MailInput

if TYPE_CHECKING:  # the claude module is only imported when that engine is used
    from worker.maia.claude_engine import ClaudeConfig


def _safe_rules(mail: MailInput, documents: Sequence[KnownDocument] | None) -> MaiaResult:
    try:
        return parse_rules(mail, documents)
    except Exception as exc:  # a reply must never crash the worker: degrade to its raw text
        text = normalise_ws(mail.text_body or mail.html_body or "")
        return MaiaResult(
            reply_text=text,
            language="en",
            summary="Could not be read automatically.",
            intents=["other"],
            engine="rules",
            engine_note=f"rules engine error: {type(exc).__name__}",
        )


async def aparse(
    mail: MailInput,
    documents: Sequence[KnownDocument] | None = None,
    *,
    engine: Engine = "rules",
    claude: ClaudeConfig | None = None,
) -> MaiaResult:
    """Parse with `rules`, or with `claude` (falls back to rules, reason in engine_note)."""
    if engine != "claude":
        return _safe_rules(mail, documents)
    from worker.maia.claude_engine import ClaudeConfig, parse_claude

    try:
        return await parse_claude(mail, documents, config=claude or ClaudeConfig(api_key=None))
    except Exception as exc:  # parse_claude already falls back; this guards the rules path too
        result = _safe_rules(mail, documents)
        note = f"claude engine error: {type(exc).__name__}"
        return msgspec.structs.replace(result, engine_note=note)


def parse(
    mail: MailInput,
    documents: Sequence[KnownDocument] | None = None,
    *,
    engine: Engine = "rules",
    claude: ClaudeConfig | None = None,
) -> MaiaResult:
    """Synchronous parse; inside a running event loop use `aparse` for the claude engine."""
    if engine != "claude":
        return _safe_rules(mail, documents)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(aparse(mail, documents, engine=engine, claude=claude))
    result = _safe_rules(mail, documents)
    note = "claude engine needs aparse() inside an event loop: rules engine used"
    return msgspec.structs.replace(result, engine_note=note)
