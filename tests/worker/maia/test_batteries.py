"""Floors on the round-9 sentence batteries (see tests/data/maia-batteries/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.rules import parse_rules

DATA = Path(__file__).resolve().parents[2] / "data" / "maia-batteries"
# A Monday in mid-November: the batteries' bare days and months ("le 20", "5 décembre") lie ahead.
_DATE = "Mon, 16 Nov 2026 09:30:00 +0100"

INTENT_FLOORS = {
    "boundaries.jsonl": 0.93,
    "longer-replies.jsonl": 0.94,
    "rarer-intents.jsonl": 0.87,
    "phrasing.jsonl": 0.88,
    "informal-and-relayed.jsonl": 0.88,
}


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", sorted(INTENT_FLOORS))
def test_intent_battery_stays_above_its_floor(name: str) -> None:
    rows = _rows(name)
    exact = sum(
        parse_rules(make_mail(str(r["text"]), date=_DATE)).intents == r["intents"] for r in rows
    )
    assert exact / len(rows) >= INTENT_FLOORS[name], f"{name}: {exact}/{len(rows)}"


def test_document_battery_stays_above_its_floor() -> None:
    tp = fp = fn = 0
    for r in _rows("documents.jsonl"):
        got = {d.number for d in parse_rules(make_mail(str(r["text"]), date=_DATE)).documents}
        want = set(r["documents"])  # type: ignore[arg-type]
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, f"document F1 {f1:.3f}"
