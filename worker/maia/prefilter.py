"""Cue regexes behind a literal prefilter: most sentences contain none of a cue's words.

A cue is an alternation of hundreds of phrases; Python's `re` tries every branch at every
position. Each branch, though, must contain some literal (a word stem, a CJK character). We
read those literals out of the parsed pattern and put them in one trie-shaped regex, which
`re` scans about 20x faster. Only a sentence that holds one of them meets the full pattern.
The filter is exact: it never rejects a text the pattern would match.
"""

from __future__ import annotations

import re

# The stdlib's own regex parser (Python 3.11+); typeshed has no stubs for it.
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from collections.abc import Callable, Iterator
from typing import Any

from worker.maia.fold import ACTIVE as FOLDED
from worker.maia.fold import fold_source

_CJK_START = 0x2E80


def _strong(run: str) -> bool:
    """Long enough to filter: two characters, or one CJK character."""
    return len(run) >= 2 or (len(run) == 1 and ord(run) >= _CJK_START)


def _required(items: Any) -> list[str] | None:
    """Literals one of which every match of this sequence contains (the tightest found)."""
    options: list[list[str]] = []
    run = ""
    for op, av in items:
        if op is sre_c.LITERAL:
            run += chr(av)
            continue
        if _strong(run):
            options.append([run])
        run = ""
        sub: list[str] | None = None
        if op is sre_c.SUBPATTERN:
            sub = _required(av[-1])
        elif op is sre_c.BRANCH:
            sub = []
            for branch in av[1]:
                found = _required(branch)
                if not found:
                    sub = None
                    break
                sub.extend(found)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            options.append(sub)
    if _strong(run):
        options.append([run])
    if not options:
        return None
    return max(options, key=lambda o: (min(len(x) for x in o), -len(o)))


def _trie_regex(words: list[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if set(node) == {""}:
            return ""
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def literal_prefilter(source: str) -> re.Pattern[str] | None:
    """A regex of literals that every match of `source` contains, or None if there is none."""
    parsed = sre_parse.parse(source)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed))
    if not found:
        return None
    words = sorted(set(found))
    # "pay" already covers "payment": keep the shortest literals only.
    minimal = [w for w in words if not any(o != w and o in w for o in words)]
    return re.compile(_trie_regex(minimal))


class Cue:
    """A compiled cue with the `re.Pattern` methods MAIA uses, prefiltered by its literals.

    Inside `fold.folded_cues()` it matches its diacritic-folded form, compiled on first use.
    """

    __slots__ = ("_folded", "_pre", "pattern", "regex")

    def __init__(self, source: str) -> None:
        self.regex = re.compile(source)
        self.pattern = source
        self._pre = literal_prefilter(source)
        self._folded: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None

    def _active(self, text: str) -> re.Pattern[str] | None:
        """The regex to run on `text`, or None when the prefilter rules a match out."""
        regex, pre = self.regex, self._pre
        if FOLDED.get():
            if self._folded is None:
                source = fold_source(self.pattern)
                self._folded = (re.compile(source), literal_prefilter(source))
            regex, pre = self._folded
        return regex if pre is None or pre.search(text) is not None else None

    def search(self, text: str) -> re.Match[str] | None:
        regex = self._active(text)
        return regex.search(text) if regex else None

    def match(self, text: str) -> re.Match[str] | None:
        regex = self._active(text)
        return regex.match(text) if regex else None

    def fullmatch(self, text: str) -> re.Match[str] | None:
        regex = self._active(text)
        return regex.fullmatch(text) if regex else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        regex = self._active(text)
        return regex.finditer(text) if regex else iter(())

    def findall(self, text: str) -> list[Any]:
        regex = self._active(text)
        return regex.findall(text) if regex else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        regex = self._active(text)
        return regex.sub(repl, text) if regex else text
