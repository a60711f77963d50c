"""Round nine: general causes found while scoring a ninth writer, with near misses.

The sentences are written for these tests (not taken from a labelled set).
"""

from __future__ import annotations

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.rules import parse_rules

_DATE = "Mon, 08 Mar 2027 09:30:00 +0100"


def _intents(body: str) -> list[str]:
    return parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE)).intents


# The date belongs to a call or a message; the payment is only what it is about.
TALK_ABOUT_PAYMENT = [
    ("en", "I will call you tomorrow about the payment."),
    ("en", "I'll get back to you on Monday regarding payment of invoice 4410."),
    ("de", "Ich rufe Sie morgen wegen der Zahlung an."),
    ("fr", "Je reviens vers vous lundi concernant le règlement."),
    ("es", "Le llamo mañana sobre el pago."),
    ("it", "Ti chiamo domani per il pagamento."),
    ("pl", "Zadzwonię jutro w sprawie płatności."),
    ("ja", "お支払いについて明日ご連絡します。"),
    ("zh", "关于付款的事明天给您打电话。"),
]

# A real promise beside the call: still a promise.
TALK_AND_PROMISE = [
    ("en", "We will pay on Friday and I'll call you about the payment on Monday."),
    ("de", "Wir überweisen am Freitag, ich melde mich wegen der Zahlung."),
]


@pytest.mark.parametrize(("lang", "body"), TALK_ABOUT_PAYMENT)
def test_a_call_about_the_payment_is_no_promise(lang: str, body: str) -> None:
    assert "promise_to_pay" not in _intents(body), lang


@pytest.mark.parametrize(("lang", "body"), TALK_AND_PROMISE)
def test_a_promise_beside_a_call_is_kept(lang: str, body: str) -> None:
    assert "promise_to_pay" in _intents(body), lang


# Part now, the rest later: a remainder with time ahead is promised.
PART_NOW_REST_AHEAD = [
    ("en", "We pay 500 today, the rest next week."),
    ("es", "Hoy pagamos 1.000 €, el resto a final de mes."),
    ("fr", "Aujourd'hui nous virons 1 000 €, le solde fin mars."),
    ("zh", "今天先付1万元，剩下的月底付。"),
    ("pl", "Dziś płacimy 1000 zł, resztę do końca miesiąca."),
]

# A remainder of goods, or the whole balance promised: no partial payment.
REST_NEAR_MISS = [
    ("en", "The rest of the order arrives next week.", []),
    ("fr", "Le solde sera réglé fin mars.", ["promise_to_pay"]),
    ("de", "Den Rest der Lieferung erwarten wir nächste Woche.", []),
]


@pytest.mark.parametrize(("lang", "body"), PART_NOW_REST_AHEAD)
def test_part_now_rest_later_is_partial_and_promised(lang: str, body: str) -> None:
    assert _intents(body) == ["partial_payment", "promise_to_pay"], lang


@pytest.mark.parametrize(("lang", "body", "payment"), REST_NEAR_MISS)
def test_a_rest_without_a_payment_is_no_partial_payment(
    lang: str, body: str, payment: list[str]
) -> None:
    got = _intents(body)
    assert "partial_payment" not in got, lang
    assert [i for i in got if i == "promise_to_pay"] == payment, lang
