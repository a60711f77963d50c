"""MaiaResult as the JSON object of `relance maia parse` (amount: number, integer when whole)."""

from __future__ import annotations

import decimal
from typing import Any

from worker.maia.types import MaiaResult


def amount_number(amount: decimal.Decimal | None) -> int | float | None:
    """JSON number for an amount: an integer when it has no fractional part."""
    if amount is None:
        return None
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount)


def result_to_dict(result: MaiaResult) -> dict[str, Any]:
    """The stable keys first (intents, promise_date, amount ...), richer detail after them."""
    alt = result.alt_contact
    return {
        "intents": list(result.intents),
        "promise_date": result.promise_date.isoformat() if result.promise_date else None,
        "amount": amount_number(result.amount),
        "amount_decimal": str(result.amount) if result.amount is not None else None,
        "currency": result.currency,
        "documents": [d.number for d in result.documents],
        "reply_text": result.reply_text,
        "auto_submitted": result.auto_submitted,
        "language": result.language,
        "summary": result.summary,
        "return_date": result.return_date.isoformat() if result.return_date else None,
        "alt_contact": (
            None if alt is None else {"name": alt.name, "email": alt.email, "phone": alt.phone}
        ),
        "document_matches": [
            {
                "number": d.number,
                "document_id": d.document_id,
                "status": d.status,
                "promise_date": d.promise_date.isoformat() if d.promise_date else None,
                "comment": d.comment,
                "confidence": d.confidence,
            }
            for d in result.documents
        ],
        "engine": result.engine,
        "engine_note": result.engine_note,
    }
