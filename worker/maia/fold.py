"""Cues for replies typed without diacritics ("zaplacimy", "platim vineri", "odeme yapildi").

Polish, Romanian, Turkish and Croatian customers often type plain ASCII on phones. Their cues
are written with diacritics, so for such a reply each cue is read in a folded form where a
letter like "ł" also accepts "l". Only the letters of those languages (and ö ü ç, which
Turkish shares with German and French) are folded: "pagó"/"pago" or "payé"/"paye" would turn a
payment noun into a past payment. The folded form is used only while `folded_cues()` is active,
for a reply with no non-ASCII letter at all, so text typed with diacritics never meets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FOLD = {
    "ą": "a",
    "ę": "e",
    "ł": "l",
    "ń": "n",
    "ś": "s",
    "ź": "z",
    "ż": "z",
    "ć": "c",
    "č": "c",
    "š": "s",
    "ž": "z",
    "đ": "d",
    "ă": "a",
    "â": "a",
    "î": "i",
    "ș": "s",
    "ş": "s",
    "ț": "t",
    "ţ": "t",
    "ğ": "g",
    "ı": "i",
    "ö": "o",
    "ü": "u",
    "ç": "c",
}
# Read directly by prefilter.Cue on every search: a function call there costs 1-2 %.
ACTIVE: ContextVar[bool] = ContextVar("maia_folded_cues", default=False)


def fold_source(source: str) -> str:
    """The regex with each folded letter also accepting its base letter ("ł" -> "[łl]")."""
    out: list[str] = []
    i, n, in_class = 0, len(source), False
    while i < n:
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c + _FOLD.get(c, "") if in_class else c)
        elif c == "[":
            in_class = True
            out.append(c)
            if source.startswith("^", i + 1):  # a negated class stays negated
                out.append("^")
                i += 1
            if source.startswith("]", i + 1):  # "[]...]": a literal "]" opens the class
                out.append("]")
                i += 1
        else:
            out.append(f"[{c}{_FOLD[c]}]" if c in _FOLD else c)
        i += 1
    return "".join(out)


def typed_without_diacritics(text: str, language: str) -> bool:
    """A non-English reply whose letters are all ASCII (the currency "zł" aside)."""
    if language == "en":
        return False
    letters = [ch for ch in text.replace("zł", "").replace("ZŁ", "") if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)


@contextmanager
def folded_cues(active: bool = True) -> Iterator[None]:
    """Within the block (and this task only), cues match their folded form when `active`."""
    token = ACTIVE.set(active)
    try:
        yield
    finally:
        ACTIVE.reset(token)
