"""Core vocabulary in 14 languages: paid, will pay, not yet paid, conditions, wrong contact.

corebook.py lists the sentences (all written for these tests); this module checks each against
the rules engine, plus the structural fallback and a floor for the maia-blind set.
"""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

from tests.worker.maia import corebook
from tests.worker.maia.helpers import make_mail
from worker.maia.amounts import find_amounts
from worker.maia.documents import find_documents
from worker.maia.langid import detect_language
from worker.maia.rules import parse_rules

_DATE = "Wed, 02 Dec 2026 10:00:00 +0100"


def _intents(body: str) -> list[str]:
    return parse_rules(make_mail("Hello,\n\n" + body + "\n\nMarta\n", date=_DATE)).intents


def _cases(book: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, s) for lang, sents in book.items() for s in sents]


def test_every_language_has_core_sentences() -> None:
    langs = {"en", "fr", "de", "es", "it", "pt", "nl", "pl", "ro", "sv", "tr", "hr", "ja", "zh"}
    for book in (corebook.PAID, corebook.PROMISE, corebook.NOT_PAID, corebook.WRONG_CONTACT):
        assert set(book) == langs
    assert set(corebook.PAID_LONG) == langs and set(corebook.PROMISE_LONG) == langs


@pytest.mark.parametrize(
    ("lang", "body"), _cases(corebook.PAID) + _cases(corebook.PAID_LONG) + corebook.PAID_MORE
)
def test_paid_forms(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "paid" in intents and "promise_to_pay" not in intents, (lang, body, intents)


@pytest.mark.parametrize(
    ("lang", "body"),
    _cases(corebook.PROMISE) + _cases(corebook.PROMISE_LONG) + corebook.PROMISE_MORE,
)
def test_will_pay_forms(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "promise_to_pay" in intents and "paid" not in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(corebook.NOT_PAID))
def test_not_yet_paid_is_neither_paid_nor_promise(lang: str, body: str) -> None:
    intents = _intents(body)
    assert not {"paid", "promise_to_pay"} & set(intents), (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(corebook.CONDITIONAL_PAY))
def test_payment_waiting_on_a_condition_is_no_promise(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "promise_to_pay" not in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(corebook.WRONG_CONTACT))
def test_wrong_contact_core(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "wrong_contact" in intents, (lang, body, intents)


@pytest.mark.parametrize("body", corebook.NOT_PAID_NEAR)
def test_near_misses_are_not_paid(body: str) -> None:
    assert "paid" not in _intents(body), body


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Przelew wczoraj.", "paid"),
        ("EFT bugün, dekont ekte.", "paid"),
        ("Betalning idag, bankgiro.", "paid"),
        ("Transfer done today.", "paid"),
        ("转账 昨天", "paid"),
        ("Zahlung nächste Woche.", "promise_to_pay"),
        ("Pagamento amanhã via PIX.", "promise_to_pay"),
        ("Uplata sutra.", "promise_to_pay"),
    ],
)
def test_structural_fallback_is_not_other(body: str, intent: str) -> None:
    assert _intents(body) == [intent], body


def test_fallback_ignores_questions_negations_and_long_sentences() -> None:
    assert _intents("Did the payment go out yesterday?") == ["other"]
    assert _intents("No payment yesterday.") == ["other"]
    assert _intents("We met your colleague yesterday and talked about payment terms.") == ["other"]


def test_yearless_date_far_ahead_is_a_past_payment() -> None:
    # Read in January, "le 5 décembre" rolls to next December: too far to be a promise.
    mail = make_mail(
        "Bonjour,\n\nLa facture FA-1 a été réglée. Le délai de paiement courait jusqu'au "
        "5 décembre et n'a pas été dépassé.\n\nCordialement\n",
        date="Fri, 08 Jan 2027 10:00:00 +0100",
    )
    result = parse_rules(mail)
    assert result.intents == ["paid"] and result.promise_date is None


def test_paid_on_time_against_a_penalty_is_the_argument_not_a_payment() -> None:
    body = (
        "Nu acceptăm factura de penalități PEN-1. Facturile F-1 și F-2 au fost achitate în "
        "termen, vă rugăm să anulați penalitățile."
    )
    assert _intents(body) == ["dispute"]


def test_missing_credit_note_is_a_dispute_not_a_copy() -> None:
    body = "Knjižno odobrenje za vraćenu robu još nismo primili, molim pošaljite ga."
    assert _intents(body) == ["dispute"]


def test_announced_inline_answers_survive_the_top_sign_off() -> None:
    body = (
        "Hi Anna,\n\nSee my comments below.\n\nRegards,\nPiet\n\n"
        "On Mon, 4 Jan 2027 at 10:00, Anna wrote:\n> Invoice A-1 is open.\n\n"
        "Paid on 30 December, proof attached.\n\n> Invoice A-2 is open.\n\n"
        "We dispute this one, the price is wrong.\n"
    )
    result = parse_rules(make_mail(body, date="Tue, 05 Jan 2027 10:00:00 +0100"))
    assert result.intents == ["dispute", "paid"]
    assert result.reply_text.endswith("We dispute this one, the price is wrong.")


def test_portuguese_ordinal_is_no_weekday() -> None:
    result = parse_rules(
        make_mail("Oi,\n\nAssim que a segunda parcela entrar, a gente paga a NF 12.\n\nThiago\n")
    )
    assert result.intents == ["promise_to_pay"] and result.promise_date is None


@pytest.mark.parametrize("body", corebook.NOT_PAID_MORE)
def test_conditions_and_embedded_questions_are_not_paid(body: str) -> None:
    assert "paid" not in _intents(body), body


@pytest.mark.parametrize("body", corebook.NOT_PROMISE)
def test_habits_refusals_and_conditions_are_not_promises(body: str) -> None:
    assert "promise_to_pay" not in _intents(body), body


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Paid ₹1,84,500.00 via NEFT.", "184500.00", "INR"),
        ("Released Rs. 42,000 yesterday.", "42000", "INR"),
        ("Amount INR 12,50,000 credited.", "1250000", "INR"),
        ("Zapłaciliśmy 12.500,00 zł.", "12500.00", "PLN"),
    ],
)
def test_indian_and_local_amounts(text: str, value: str, currency: str) -> None:
    found = find_amounts(text, "en")
    assert found and found[0].value == decimal.Decimal(value) and found[0].currency == currency


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fakturan SE-INV 10422 ligger för attest.", ["SE-INV 10422"]),
        ("a fatura FT A/2026/1552 está em aprovação", ["FT A/2026/1552"]),
        ("Vi har fått faktura 7004519 på 18 pallar.", ["7004519"]),
        ("nie otrzymaliśmy faktury 2027/01/LOG/552, proszę o duplikat", ["2027/01/LOG/552"]),
        ("o preço faturado dos varões de aço A500 não corresponde", []),
        (
            "payment against invoice no. VIS/26-27/0387 released, UTR No. HDFC5202701",
            ["VIS/26-27/0387"],
        ),
        ("TDS u/s 194Q has not been deducted", []),
        ("la fattura 26/000512 è stata pagata con mandato n. 1432", ["26/000512"]),
        ("the gloves (item VG-4410) on invoice 2026-US-11873", ["2026-US-11873"]),
    ],
)
def test_document_shapes_and_non_documents(text: str, want: list[str]) -> None:
    assert [d.number for d in find_documents(text)] == want


def test_this_morning_is_not_tomorrow() -> None:
    result = parse_rules(
        make_mail("Hola,\n\nHicimos el ingreso esta mañana.\n\nMarta\n", date=_DATE)
    )
    assert result.intents == ["paid"] and result.promise_date is None


def test_a_sign_off_name_is_not_a_month() -> None:
    result = parse_rules(make_mail("Hallo,\n\nWir überweisen am 15.12.\n\nMarta\n", date=_DATE))
    assert result.promise_date == dt.date(2026, 12, 15)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Betalt idag via Bankgirot, OCR 700420105. /Kalle", "sv"),
        ("Zapłacone wczoraj.", "pl"),
        ("Betaald.", "nl"),
        ("Bezahlt.", "de"),
        ("Plaćeno jučer.", "hr"),
        ("Pagata ieri.", "it"),
        ("Pago ontem.", "pt"),
        ("Payée hier.", "fr"),
        ("Plătită ieri.", "ro"),
        ("Pagado ayer.", "es"),
    ],
)
def test_one_word_answers_get_their_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_external_sender_banner_is_dropped() -> None:
    body = (
        "CAUTION: This email originated from outside of the organisation. Do not click links "
        "or open attachments unless you recognize the sender.\n\nHello Mark,\n\nPaid today.\n\n"
        "Thanks,\nDenise\n"
    )
    result = parse_rules(make_mail(body, date=_DATE))
    assert result.reply_text == "Hello Mark, Paid today. Thanks, Denise"


def test_romanian_cedilla_closing_ends_the_reply() -> None:
    body = (
        "Bună ziua,\n\nFactura F-1 a fost achitată ieri.\n\nVă mulţumim pentru înţelegere,\n"
        "Radu Stănescu\nServiciul Achiziţii Publice\nPrimăria Municipiului\n"
    )
    result = parse_rules(make_mail(body, date=_DATE))
    assert result.reply_text.endswith("Vă mulţumim pentru înţelegere, Radu Stănescu")


@pytest.mark.parametrize(("body", "intents"), corebook.REPLIES)
def test_whole_replies(body: str, intents: list[str]) -> None:
    assert parse_rules(make_mail(body, date=_DATE)).intents == intents, body
