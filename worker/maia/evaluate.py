"""Scores of MAIA's answers against a labelled set: the metrics `relance maia eval` prints."""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import msgspec

from worker.maia.types import INTENTS

_WS = re.compile(r"\s+")


class Counts(msgspec.Struct):
    """Running totals for one slice (all, one language)."""

    n: int = 0
    intents_exact: int = 0
    date_ok: int = 0
    amount_ok: int = 0
    auto_ok: int = 0
    language_ok: int = 0
    doc_tp: int = 0
    doc_fp: int = 0
    doc_fn: int = 0
    text_sim: float = 0.0


class Scores(msgspec.Struct, frozen=True):
    """Rates for one slice."""

    n: int
    intent_exact: float
    promise_date: float
    amount: float
    document_f1: float
    document_precision: float
    document_recall: float
    reply_text_similarity: float
    auto_submitted: float
    language: float


class IntentScore(msgspec.Struct, frozen=True):
    """Precision and recall of one intent over the whole set."""

    intent: str
    support: int
    precision: float
    recall: float


class Report(msgspec.Struct, frozen=True):
    """Everything `eval` reports, and the files that missed, for study."""

    overall: Scores
    by_language: dict[str, Scores]
    by_intent: list[IntentScore]
    failures: list[dict[str, Any]]


def load_labels(directory: Path) -> list[dict[str, Any]]:
    """DIR/labels.json, or the merge of DIR/parts/*.json sorted by file."""
    path = directory / "labels.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        return list(data)
    merged: list[dict[str, Any]] = []
    for part in sorted((directory / "parts").glob("*.json")):
        merged.extend(json.loads(part.read_text(encoding="utf-8")))
    return sorted(merged, key=lambda x: str(x.get("file", "")))


def normalise_text(text: str, language: str) -> str:
    """Whitespace runs to one space; ja/zh compare with all whitespace removed."""
    if language in ("ja", "zh"):
        return _WS.sub("", text)
    return _WS.sub(" ", text).strip()


def text_similarity(got: str, expected: str, language: str) -> float:
    """difflib ratio of the normalised texts (1.0 when both are empty)."""
    a, b = normalise_text(got, language), normalise_text(expected, language)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def amount_matches(got: Any, got_cur: Any, expected: Any, exp_cur: Any) -> bool:
    """Numeric compare (to the cent) with the currency; both null also matches."""
    if got is None or expected is None:
        return got is None and expected is None
    try:
        return abs(float(got) - float(expected)) < 0.005 and got_cur == exp_cur
    except (TypeError, ValueError):
        return False


def _rate(num: float, den: float) -> float:
    return num / den if den else 1.0


def _scores(c: Counts) -> Scores:
    p = _rate(c.doc_tp, c.doc_tp + c.doc_fp)
    r = _rate(c.doc_tp, c.doc_tp + c.doc_fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(
        n=c.n,
        intent_exact=_rate(c.intents_exact, c.n),
        promise_date=_rate(c.date_ok, c.n),
        amount=_rate(c.amount_ok, c.n),
        document_f1=f1,
        document_precision=p,
        document_recall=r,
        reply_text_similarity=_rate(c.text_sim, c.n),
        auto_submitted=_rate(c.auto_ok, c.n),
        language=_rate(c.language_ok, c.n),
    )


def _add(c: Counts, label: Mapping[str, Any], got: Mapping[str, Any]) -> dict[str, Any]:
    misses: dict[str, Any] = {}
    c.n += 1
    lang = str(label.get("language") or "")
    if sorted(got.get("intents") or []) == sorted(label.get("intents") or []):
        c.intents_exact += 1
    else:
        misses["intents"] = (got.get("intents"), label.get("intents"))
    if got.get("promise_date") == label.get("promise_date"):
        c.date_ok += 1
    else:
        misses["promise_date"] = (got.get("promise_date"), label.get("promise_date"))
    if amount_matches(
        got.get("amount"), got.get("currency"), label.get("amount"), label.get("currency")
    ):
        c.amount_ok += 1
    else:
        misses["amount"] = (
            (got.get("amount"), got.get("currency")),
            (label.get("amount"), label.get("currency")),
        )
    if bool(got.get("auto_submitted")) == bool(label.get("auto_submitted")):
        c.auto_ok += 1
    else:
        misses["auto_submitted"] = (got.get("auto_submitted"), label.get("auto_submitted"))
    if got.get("language") == lang:
        c.language_ok += 1
    else:
        misses["language"] = (got.get("language"), lang)
    gd, ld = set(got.get("documents") or []), set(label.get("documents") or [])
    c.doc_tp += len(gd & ld)
    c.doc_fp += len(gd - ld)
    c.doc_fn += len(ld - gd)
    if gd != ld:
        misses["documents"] = (sorted(gd), sorted(ld))
    sim = text_similarity(
        str(got.get("reply_text") or ""), str(label.get("reply_text") or ""), lang
    )
    c.text_sim += sim
    if sim < 0.95:
        misses["reply_text"] = round(sim, 3)
    return misses


def score(pairs: Iterable[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> Report:
    """Score (label, prediction) pairs; predictions are `relance maia parse` JSON objects."""
    total = Counts()
    by_lang: dict[str, Counts] = defaultdict(Counts)
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    failures: list[dict[str, Any]] = []
    for label, got in pairs:
        misses = _add(total, label, got)
        _add(by_lang[str(label.get("language") or "?")], label, got)
        gi, li = set(got.get("intents") or []), set(label.get("intents") or [])
        for i in gi & li:
            tp[i] += 1
        for i in gi - li:
            fp[i] += 1
        for i in li - gi:
            fn[i] += 1
        if misses:
            failures.append({"file": label.get("file"), **misses})
    intents = [
        IntentScore(
            intent=i,
            support=tp[i] + fn[i],
            precision=_rate(tp[i], tp[i] + fp[i]),
            recall=_rate(tp[i], tp[i] + fn[i]),
        )
        for i in sorted(INTENTS)
        if tp[i] + fp[i] + fn[i]
    ]
    return Report(
        overall=_scores(total),
        by_language={k: _scores(v) for k, v in sorted(by_lang.items())},
        by_intent=intents,
        failures=failures,
    )
