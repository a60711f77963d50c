"""A one-line English summary of what the reply proposes, for the agenda list."""

from __future__ import annotations

import datetime as dt
import decimal

_LABELS = {
    "promise_to_pay": "Promise to pay",
    "paid": "Reports payment made",
    "partial_payment": "Partial payment",
    "payment_plan": "Proposes a payment plan",
    "dispute": "Disputes",
    "request_copy": "Asks for a copy",
    "processing": "Invoice in approval",
    "out_of_office": "Out of office",
    "wrong_contact": "Wrong contact",
    "other": "No actionable request",
}


def _fmt_amount(amount: decimal.Decimal, currency: str | None) -> str:
    return f"{amount:,.2f} {currency or ''}".strip()


def summarise(
    intents: list[str],
    promise: dt.date | None,
    amount: decimal.Decimal | None,
    currency: str | None,
    documents: list[str],
    return_date: dt.date | None,
) -> str:
    """English on purpose: collectors read every language's replies in one agenda."""
    head = "; ".join(_LABELS.get(i, i) for i in intents) or _LABELS["other"]
    bits: list[str] = []
    if documents:
        bits.append("documents " + ", ".join(documents[:5]) + ("…" if len(documents) > 5 else ""))
    if amount is not None:
        bits.append(_fmt_amount(amount, currency))
    if promise is not None:
        bits.append(f"by {promise.isoformat()}")
    if return_date is not None:
        bits.append(f"back {return_date.isoformat()}")
    return f"{head}" + (f" ({'; '.join(bits)})." if bits else ".")
