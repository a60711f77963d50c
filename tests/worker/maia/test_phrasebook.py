"""The weak families of the fourth (maia-final) round, checked phrase by phrase in 14 languages.

phrasebook.py lists the common ways a credit manager sees dispute, payment_plan, wrong_contact,
request_copy and processing written; every sentence there and here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.worker.maia import phrasebook
from tests.worker.maia.helpers import make_mail
from worker.maia.documents import find_documents
from worker.maia.langid import detect_language
from worker.maia.rules import parse_rules

_DATE = "Wed, 02 Dec 2026 10:00:00 +0100"


def _intents(body: str, date: str = _DATE) -> list[str]:
    return parse_rules(make_mail("Hello,\n\n" + body + "\n\nMarta\n", date=date)).intents


def _cases(book: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, s) for lang, sents in book.items() for s in sents]


@pytest.mark.parametrize(("lang", "body"), _cases(phrasebook.DISPUTE))
def test_dispute_phrasings(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "dispute" in intents and "other" not in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(phrasebook.PLAN))
def test_payment_plan_phrasings(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "payment_plan" in intents and "promise_to_pay" not in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(phrasebook.WRONG_CONTACT))
def test_wrong_contact_phrasings(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "wrong_contact" in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(phrasebook.REQUEST_COPY))
def test_request_copy_phrasings(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "request_copy" in intents and "dispute" not in intents, (lang, body, intents)


@pytest.mark.parametrize(("lang", "body"), _cases(phrasebook.PROCESSING))
def test_processing_phrasings(lang: str, body: str) -> None:
    intents = _intents(body)
    assert "processing" in intents, (lang, body, intents)


# Near misses: the widened families must not fire on ordinary payment talk.
NOT_DISPUTE = [
    "We agree with the amount and will pay on Friday.",
    "The payment is not done yet, it goes out on Friday.",
    "Wir zahlen die Rechnung 4410 am Freitag.",
    "Vi betalar fakturan på fredag.",
    "Platit ćemo račun u petak.",
]
NOT_WRONG_CONTACT = [
    "D'ora in poi pagheremo puntualmente.",
    "Vi betalar i tid i fortsättningen.",
    "Bij vragen kunt u contact opnemen met mij.",
    "We will pay within 5 business days.",
]
NOT_COPY = [
    "Wir finden die Zahlung zur Rechnung 4410 nicht, bitte um Kontoauszug.",
]


@pytest.mark.parametrize("body", NOT_DISPUTE)
def test_not_a_dispute(body: str) -> None:
    assert "dispute" not in _intents(body), body


@pytest.mark.parametrize("body", NOT_WRONG_CONTACT)
def test_not_a_wrong_contact(body: str) -> None:
    intents = _intents(body)
    assert "wrong_contact" not in intents and intents != ["out_of_office"], (body, intents)


@pytest.mark.parametrize("body", NOT_COPY)
def test_not_a_copy_request(body: str) -> None:
    assert "request_copy" not in _intents(body), body


# A corrected invoice asked for because the first is wrong: dispute, never request_copy.
CORRECTED_INVOICE = [
    "Only 90 of the 100 drums came. Please reissue the invoice corrected for 90.",
    "Merci de nous renvoyer une facture corrigée, il manque deux palettes.",
    "Bitte schicken Sie uns eine korrigierte Rechnung, es fehlen drei Kartons.",
    "Por favor, reenvíen la factura corregida con el precio pactado.",
    "納品数が不足しているため、差額を差し引いた請求書を再発行してください。",
]


@pytest.mark.parametrize("body", CORRECTED_INVOICE)
def test_corrected_invoice_is_a_dispute(body: str) -> None:
    intents = _intents(body)
    assert "dispute" in intents and "request_copy" not in intents, (body, intents)


# A helpdesk acknowledgement (with or without an auto header) is `other`, never an absence.
HELPDESK_ACK = [
    "We have received your message and created case 55120. An agent will respond within 2 "
    "business days. This message was generated automatically.",
    "Hemos recibido su correo y se ha abierto la incidencia 7731. Le responderemos en breve. "
    "Mensaje generado automáticamente.",
    "Zaprimili smo vaš upit pod brojem 4410. Odgovorit ćemo vam u roku od 3 dana. Ovo je "
    "automatski generirana poruka.",
    "Votre demande a été enregistrée sous le numéro 8812. Un conseiller vous répondra sous 48 "
    "heures. Ce message est généré automatiquement.",
]


@pytest.mark.parametrize("body", HELPDESK_ACK)
def test_helpdesk_acknowledgement_is_other(body: str) -> None:
    mail = make_mail(body + "\n", date=_DATE, headers={"X-Autoreply": "yes"})
    result = parse_rules(mail)
    assert result.intents == ["other"] and result.auto_submitted, (body, result.intents)


# `other` only when nothing else applies: a forward note is other, a forward with a promise is not.
def test_forwarded_to_accounting_alone_is_other() -> None:
    assert _intents("I have forwarded your email to our accounting team.") == ["other"]
    assert _intents("Ich habe Ihre Nachricht an unsere Buchhaltung weitergeleitet.") == ["other"]


def test_forwarded_with_a_promise_is_not_other() -> None:
    intents = _intents("I forwarded this to accounts, they will pay it on Friday.")
    assert intents == ["promise_to_pay"]


# A greeting that is also a sign-off word ("Pozdrav,", "İyi günler,") opens the text.
@pytest.mark.parametrize(
    ("greeting", "body", "lang"),
    [
        (
            "Pozdrav,",
            "zbog sezone ne možemo odjednom platiti račun 5512, predlažem tri rate.",
            "hr",
        ),
        ("İyi günler,", "4471 numaralı faturaya konu teslimatta 12 koli hasarlı geldi.", "tr"),
        ("Thanks,", "we sent the payment for invoice 8841 yesterday afternoon.", "en"),
    ],
)
def test_greeting_sign_off_word_does_not_cut_the_body(greeting: str, body: str, lang: str) -> None:
    mail = make_mail(
        f"{greeting}\n\n{body}\n\nHvala,\nIva\n\nIva Kos\nFirma d.o.o.\n+385 1 555 0101\n"
    )
    result = parse_rules(mail)
    assert body in result.reply_text
    assert result.language == lang


def test_bare_name_then_signature_block_is_cut() -> None:
    mail = make_mail(
        "Hi,\n\nInvoice 7731 was paid yesterday.\n\nDana\n\nDana Whitfield\nAP Lead\n"
        "Acme Tools, LLC\n(312) 555-0142\n"
    )
    assert parse_rules(mail).reply_text == "Hi, Invoice 7731 was paid yesterday. Dana"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("İyi günler,", "tr"),
        ("Fatura ekte.", "tr"),
        ("Tamam, haftaya ödüyoruz.", "tr"),
        ("Selamlar, ödendi.", "tr"),
        ("Dekont ektedir.", "tr"),
        ("Die Zahlung für übermorgen ist geplant.", "de"),
        ("Danke schön", "de"),
    ],
)
def test_short_turkish_and_german(text: str, lang: str) -> None:
    assert detect_language(text) == lang


# Documents: IBAN groups, purchase-order words, counts of goods and split series numbers.
def test_iban_groups_are_not_documents() -> None:
    text = "Fattura 2026/00412 pagata dal conto IT60 X054 2811 1010 0000 0123 456."
    assert [d.number for d in find_documents(text)] == ["2026/00412"]


def test_year_and_serial_written_apart() -> None:
    text = "Factura BRS 2026 0877 a fost achitată din contul RO49 AAAA 1B31 0075 9384 0000."
    assert [d.number for d in find_documents(text)] == ["BRS 2026 0877"]


def test_bestelbon_and_counts_are_not_documents() -> None:
    text = "Factuur VM-26-0812 graag met bestelbonnummer 2026/5512. Op de factuur 240 zakken."
    assert [d.number for d in find_documents(text)] == ["VM-26-0812"]


# Amounts: the invoice total given as context and a contested fee are not the amount.
def test_invoice_total_in_context_is_not_the_amount() -> None:
    body = "Zur Rechnung 71120 über EUR 5'600.00: wir haben heute EUR 4'000.00 überwiesen."
    result = parse_rules(make_mail("Guten Tag\n\n" + body + "\n\nGruss\nUrs\n", date=_DATE))
    assert result.amount is not None and float(result.amount) == 4000


def test_contested_fee_in_a_paid_sentence_is_not_the_amount() -> None:
    body = (
        "Invoice 6612 was paid on 20 November, but your statement shows a late fee of "
        "$120.00 that we do not recognise."
    )
    result = parse_rules(make_mail("Hi,\n\n" + body + "\n\nJo\n", date=_DATE))
    assert result.intents == ["dispute", "paid"]
    assert result.amount is None


def test_english_writer_in_american_zone_reads_us_dates() -> None:
    body = "We will send the remaining €2,000.00 on 12/10/2026."
    mail = make_mail("Hi,\n\n" + body + "\n\nKim\n", date="Tue, 01 Dec 2026 09:00:00 -0800")
    assert parse_rules(mail).promise_date == dt.date(2026, 12, 10)
