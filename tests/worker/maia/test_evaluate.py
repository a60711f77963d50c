"""Metric computation, and the dev-set scores MAIA must keep (a regression fails here)."""

from __future__ import annotations

from pathlib import Path

from worker.maia.evaluate import amount_matches, score, text_similarity
from worker.maia.output import amount_number

DEV = Path(__file__).resolve().parents[2] / "data" / "maia" / "dev"


def test_score_counts_and_rates() -> None:
    labels = [
        {
            "file": "a",
            "language": "en",
            "intents": ["paid"],
            "promise_date": None,
            "amount": 10,
            "currency": "EUR",
            "documents": ["X1", "X2"],
            "reply_text": "Paid  it.",
            "auto_submitted": False,
        },
        {
            "file": "b",
            "language": "ja",
            "intents": ["promise_to_pay"],
            "promise_date": "2026-11-06",
            "amount": None,
            "currency": None,
            "documents": [],
            "reply_text": "金曜日 に",
            "auto_submitted": False,
        },
    ]
    preds = [
        {
            "intents": ["paid"],
            "promise_date": None,
            "amount": 10.0,
            "currency": "EUR",
            "documents": ["X1"],
            "reply_text": "Paid it.",
            "auto_submitted": False,
            "language": "en",
        },
        {
            "intents": ["paid"],
            "promise_date": None,
            "amount": None,
            "currency": None,
            "documents": ["Y"],
            "reply_text": "金曜日に",
            "auto_submitted": True,
            "language": "ja",
        },
    ]
    report = score(zip(labels, preds, strict=True))
    o = report.overall
    assert o.n == 2 and o.intent_exact == 0.5 and o.promise_date == 0.5 and o.amount == 1.0
    assert o.document_precision == 0.5 and o.document_recall == 0.5 and o.document_f1 == 0.5
    assert o.reply_text_similarity == 1.0 and o.auto_submitted == 0.5 and o.language == 1.0
    paid = next(i for i in report.by_intent if i.intent == "paid")
    assert (paid.precision, paid.recall) == (0.5, 1.0)
    assert report.by_language["ja"].n == 1
    assert [f["file"] for f in report.failures] == ["a", "b"]


def test_helpers() -> None:
    assert amount_matches(1240.2, "GBP", 1240.20, "GBP")
    assert not amount_matches(1240.2, "EUR", 1240.20, "GBP")
    assert amount_matches(None, None, None, None)
    assert text_similarity("a  b", "a b", "en") == 1.0
    assert text_similarity("金曜 日", "金曜日", "zh") == 1.0
    assert amount_number(__import__("decimal").Decimal("12500.00")) == 12500
    assert isinstance(amount_number(__import__("decimal").Decimal("1.5")), float)
