"""HTML-only mail to the text a reader sees, with blockquotes turned into `>` lines."""

from __future__ import annotations

import html as htmllib
import re

_BQ_TAG = re.compile(r"<(/?)blockquote\b[^>]*>", re.IGNORECASE)
_HEAD = re.compile(
    r"<head\b.*?</head\s*>|<style\b.*?</style\s*>|<script\b.*?</script\s*>", re.I | re.S
)
_TAG = re.compile(r"<[^>]+>")
_BR = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|</tr\s*>|</li\s*>|</h\d\s*>", re.IGNORECASE)


def _to_text(fragment: str) -> str:
    """Render one fragment; inscriptis keeps the layout, a tag stripper is the fallback."""
    if not fragment.strip():
        return ""
    try:
        from inscriptis import get_text

        return str(get_text(fragment))
    except Exception:
        text = _TAG.sub("", _BR.sub("\n", fragment))
        return htmllib.unescape(text)


def _split_blockquotes(markup: str) -> list[tuple[bool, str]]:
    """Cut the markup into (is_quote, fragment) at outermost blockquotes, nesting counted."""
    out: list[tuple[bool, str]] = []
    depth = 0
    pos = 0
    start = 0
    for m in _BQ_TAG.finditer(markup):
        closing = m.group(1) == "/"
        if not closing:
            if depth == 0:
                out.append((False, markup[pos : m.start()]))
                start = m.end()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                out.append((True, markup[start : m.start()]))
                pos = m.end()
    if depth > 0:
        out.append((True, markup[start:]))
    else:
        out.append((False, markup[pos:]))
    return out


def html_to_text(markup: str) -> str:
    """Text of an HTML body; quoted blocks come back prefixed with `> ` like plain-text quoting."""
    markup = _HEAD.sub("", markup)
    parts: list[str] = []
    for is_quote, fragment in _split_blockquotes(markup):
        if is_quote:
            inner = html_to_text(fragment) if _BQ_TAG.search(fragment) else _to_text(fragment)
            lines = [("> " + ln.strip()) if ln.strip() else ">" for ln in inner.splitlines()]
            parts.append("\n".join(lines))
        else:
            parts.append("\n".join(ln.strip() for ln in _to_text(fragment).splitlines()))
    return "\n".join(p for p in parts if p.strip())
