"""Round six: precision. Cue words used about something else must not raise an intent.

The sentences are written for these tests (not taken from a labelled set): each near miss puts
a dispute, partial-payment or paid cue where it means something else, in several languages;
the positives cover the gaps the sixth writer showed (goods missing told in the past tense, a
credit-note request, "we'll wire", a refusal with the negation at the end).
"""

from __future__ import annotations

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.documents import find_documents
from worker.maia.rules import parse_rules

_DATE = "Wed, 03 Feb 2027 10:00:00 +0100"

# "the rest of the payment run / of our invoices": no remainder, so no partial payment.
NOT_A_REMAINDER = [
    ("en", "We will pay invoice 88123 on Friday together with the rest of our suppliers."),
    ("nl", "Factuur 55120 betalen we vrijdag, samen met de rest van de betaalrun."),
    ("de", "Wir überweisen die Rechnung 77012 am Freitag zusammen mit dem Rest der Zahlungen."),
    ("fr", "Nous réglerons la facture F-4410 vendredi avec le reste des factures du mois."),
    ("es", "Pagaremos la factura A-3301 el viernes junto con el resto de los proveedores."),
    ("it", "Pagheremo la fattura 2027/55 venerdì insieme al resto dei pagamenti."),
    ("sv", "Vi betalar faktura 66120 på fredag tillsammans med resten av fakturorna."),
]

# "we cannot pay it in one go / in full right now": cash flow, not a contest.
CANNOT_PAY_AT_ONCE = [
    ("es", "No podemos pagar de una sola vez la factura B-2210, les proponemos tres plazos."),
    ("ro", "Nu putem achita integral factura 2027-0450, propunem plata în trei rate."),
    ("en", "We cannot pay invoice 99120 in full, could we split it into three instalments?"),
    ("pl", "Nie możemy zapłacić faktury 2027/77 w całości, proponujemy raty."),
    ("it", "Non possiamo pagare in un'unica soluzione la fattura 88/2027: proponiamo tre rate."),
    ("pt", "Não podemos pagar por inteiro a fatura FT 2027/31, propomos três prestações."),
]

# A proof of payment announced for when the money has gone: nothing is paid yet.
PROOF_LATER = [
    ("pt", "Assim que o pagamento cair, envio o comprovante da NF 004511."),
    ("en", "As soon as the transfer is done I will forward the proof of payment."),
    ("es", "En cuanto hagamos la transferencia les mando el comprobante de pago."),
    ("fr", "Dès que le virement sera parti, je vous envoie le justificatif de paiement."),
    ("it", "Non appena disposto, vi invio la contabile del bonifico."),
]

# Goods missing, told in the past tense, or a credit note asked for: a dispute.
PAST_MISSING_AND_CREDIT = [
    ("de", "Bei der Lieferung zu Rechnung 2027-0412 fehlten drei Kisten Wein."),
    ("fr", "Il manquait deux cartons dans la livraison de la facture F-2210."),
    ("es", "Faltaban cuatro cajas en el pedido de la factura A-9912."),
    ("it", "Mancavano due colli nella consegna della fattura 2027/118."),
    ("pt", "Faltavam três caixas na entrega da fatura FT 2027/44."),
    ("nl", "Er ontbraken twee dozen bij de levering van factuur 2027-031."),
    ("pl", "Brakowało dwóch kartonów w dostawie do faktury FV/2027/19."),
    ("ro", "Lipseau trei cutii din livrarea facturii 2027-0098."),
    ("sv", "Två kartonger saknades i leveransen till faktura 77123."),
    ("de", "Bitte stellen Sie uns für Rechnung 2027-0415 eine Gutschrift aus."),
    ("it", "Inviateci una nota di credito per la fattura 2027/120."),
    ("sv", "Skicka oss en kreditnota för faktura 77124."),
    ("en", "The broken pallet was charged anyway on invoice 88412."),
    ("de", "Die Rechnung 2027-0099 zahlen wir in dieser Form nicht."),
]

# Promises the sixth writer phrased in ways the cues missed.
PROMISES = [
    ("en", "We'll wire the balance for invoice 55012 next Tuesday."),
    ("en", "I'll remit payment for invoice 55013 on Friday."),
]


@pytest.mark.parametrize(("lang", "body"), NOT_A_REMAINDER)
def test_rest_of_a_batch_is_no_partial_payment(lang: str, body: str) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert result.intents == ["promise_to_pay"], (lang, body, result.intents)


@pytest.mark.parametrize(("lang", "body"), CANNOT_PAY_AT_ONCE)
def test_cannot_pay_at_once_is_no_dispute(lang: str, body: str) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert "dispute" not in result.intents, (lang, body, result.intents)


@pytest.mark.parametrize(("lang", "body"), PROOF_LATER)
def test_proof_sent_once_paid_is_no_payment_report(lang: str, body: str) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert "paid" not in result.intents, (lang, body, result.intents)


@pytest.mark.parametrize(("lang", "body"), PAST_MISSING_AND_CREDIT)
def test_past_missing_goods_and_credit_requests_are_disputes(lang: str, body: str) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert result.intents == ["dispute"], (lang, body, result.intents)


@pytest.mark.parametrize(("lang", "body"), PROMISES)
def test_wire_and_remit_are_promises(lang: str, body: str) -> None:
    result = parse_rules(make_mail(body + "\n\nAnna\n", date=_DATE))
    assert result.intents == ["promise_to_pay"], (lang, body, result.intents)


def test_trailing_negation_before_a_time_word_keeps_the_promise() -> None:
    body = "Die Rechnung 2027-0102 überweisen wir nicht vor Freitag.\n\nAnna\n"
    assert parse_rules(make_mail(body, date=_DATE)).intents == ["promise_to_pay"]


def test_remainder_with_a_transfer_verb_stays_partial() -> None:
    body = (
        "Hoy transferimos 2.000,00 € de la factura A-51 y mañana les transferimos el resto.\n\n"
        "Ana\n"
    )
    result = parse_rules(make_mail(body, date=_DATE))
    assert "partial_payment" in result.intents


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("請求書 BL-27-00412 の件でご連絡いたします。", "BL-27-00412"),
        ("Regarding invoice DN-2027-118, the amount is wrong.", "DN-2027-118"),
    ],
)
def test_excluded_prefix_right_after_invoice_word_is_the_invoice(text: str, number: str) -> None:
    assert [h.number for h in find_documents(text)] == [number]


def test_delivery_note_prefix_alone_stays_excluded() -> None:
    assert find_documents("Siehe Lieferschein LS-40911 und BL-2231.") == []


def test_japanese_glued_closing_and_drawn_rule_end_the_text() -> None:
    body = (
        "株式会社サンプル\n鈴木様\n\n請求書番号 2027-0412 は本日お振込みいたしました。\n"
        "ご確認のほどよろしくお願いいたします。\n\n田中\n\n株式会社テスト 経理部 田中 一郎\n"
    )
    result = parse_rules(make_mail(body, date=_DATE))
    assert result.reply_text.endswith("田中")
    ruled = "お世話になっております。\n本日お振込みいたしました。\n田中\n＿＿＿＿＿＿＿＿＿＿\n株式会社テスト\n"
    assert "株式会社テスト" not in parse_rules(make_mail(ruled, date=_DATE)).reply_text


def test_with_the_rest_alone_is_still_a_remainder() -> None:
    body = "Wir überweisen 1.000 € am Freitag, mit dem Rest im März.\n\nAnna\n"
    assert "partial_payment" in parse_rules(make_mail(body, date=_DATE)).intents
