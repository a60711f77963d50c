"""Who a reply is written to: internal notes are `other`, forwards open at their first block."""

from __future__ import annotations

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.addressing import is_forward_subject, is_internal_note
from worker.maia.rules import parse_rules
from worker.maia.types import Recipient, recipients

_ASK = "Paola,\n\nplease put FT 0655/27 in Friday's payment run with the others.\n\nThanks\nLuca\n"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("WG: AW: Zahlungserinnerung", True),
        ("FW: Overdue invoices", True),
        ("Fwd: Re: Aviso de vencimento", True),
        ("I: R: Sollecito di pagamento", True),
        ("TR: Relance facture", True),
        ("RV: RE: Recordatorio de pago", True),
        ("VB: SV: Betalningspåminnelse", True),
        ("转发: 付款提醒", True),
        ("AW: WG: Zahlungserinnerung", False),  # answers a forward
        ("Re: Invoice reminder", False),
        ("Information about invoice 12", False),  # "I" must be the whole prefix
    ],
)
def test_forward_subject(subject: str, expected: bool) -> None:
    assert is_forward_subject(subject) is expected


def test_a_note_to_a_colleague_is_other_whatever_it_asks() -> None:
    mail = make_mail(_ASK, to="Paola Zanon <amministrazione@customer.example>")
    assert is_internal_note(mail)
    result = parse_rules(mail)
    assert result.intents == ["other"]
    assert result.promise_date is None
    assert [d.number for d in result.documents] == ["FT 0655/27"]


def test_the_same_words_to_the_creditor_are_a_promise() -> None:
    mail = make_mail(_ASK, to="ar@supplier.example")
    assert not is_internal_note(mail)
    assert parse_rules(mail).intents == ["promise_to_pay"]


def test_one_outside_recipient_makes_it_an_answer() -> None:
    mail = make_mail(_ASK, to="paola@customer.example, ar@supplier.example")
    assert not is_internal_note(mail)


def test_a_forward_to_a_colleague_is_no_internal_note() -> None:
    mail = make_mail(_ASK, subject="Fwd: Payment reminder", to="paola@customer.example")
    assert not is_internal_note(mail)


def test_outlook_forward_reads_the_customers_words_under_a_bare_fyi() -> None:
    body = (
        "Hallo zusammen,\n\nkam heute bei mir im Postfach an. Bitte entsprechend vermerken.\n\n"
        "Gruß Stefan\n\n________________________________\n"
        "Von: Klaus Reinhardt <k.reinhardt@holzbau.example>\n"
        "Gesendet: Montag, 19. Juli 2027 16:58\n"
        "An: Stefan <s.k@supplier.example>\nBetreff: AW: Zahlungserinnerung\n\n"
        "Hallo Stefan,\n\ndie RE-2027-11298 haben wir schon am 12.7. überwiesen.\n\nKlaus\n"
    )
    # A sales rep of the creditor passes the customer's answer on to credit control.
    rep = "Stefan <s.k@supplier.example>"
    as_forward = parse_rules(make_mail(body, subject="WG: AW: Zahlungserinnerung", sender=rep))
    assert as_forward.intents == ["paid"]
    assert "RE-2027-11298" in as_forward.reply_text
    # The same block under a reply subject is quoted history: only Stefan's note is read.
    as_reply = parse_rules(make_mail(body, subject="AW: Zahlungserinnerung", sender=rep))
    assert "RE-2027-11298" not in as_reply.reply_text


def test_a_forwarders_own_answer_above_an_internal_mail_is_kept() -> None:
    # "Hieronder" is no greeting ("hei"): the forwarder's promise is her own reply.
    body = (
        "Goedemiddag,\n\nHieronder de reactie van onze budgethouder, de factuur is inmiddels "
        "goedgekeurd. Hij gaat mee in de betaling van donderdag.\n\nGroet,\nEsther\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Ruud Smit <r.smit@customer.example>\n"
        "Verzonden: dinsdag 22 juni 2027 12:40\nAan: Esther <e@customer.example>\n"
        "Onderwerp: RE: Betalingsherinnering\n\nEsther, akkoord voor 27006033. Mag betaald.\n"
    )
    mail = make_mail(body, subject="FW: Betalingsherinnering", date="Tue, 22 Jun 2027 14:00 +0200")
    result = parse_rules(mail)
    assert result.intents == ["promise_to_pay"]
    assert str(result.promise_date) == "2027-06-24"


def test_recipients_tolerate_junk() -> None:
    assert recipients("A <A@x.example>, b@y.example", "undisclosed-recipients:;", "") == (
        Recipient("A", "a@x.example"),
        Recipient("", "b@y.example"),
    )
    assert recipients("<<<", "") == ()


@pytest.mark.parametrize(
    ("body", "internal"),
    [
        ("Marc, tu peux regarder stp ? Pour moi la FA26-02950 a été payée en janvier.", True),
        ("Hi Marc, can you check whether we paid FA26-02950 in January?", True),
        ("Leblanc will pay FA26-02950 on Friday.", False),  # a surname is no greeting
        ("Claire, la FA26-02950 a été payée en janvier.", False),  # greets the creditor
        ("Bonjour, la FA26-02950 a été payée en janvier. Marc", False),
    ],
)
def test_reply_all_that_greets_a_colleague_is_internal(body: str, internal: bool) -> None:
    mail = make_mail(
        body,
        to="Claire Vasseur <claire@supplier.example>",
        headers={"Cc": "Marc Leblanc <m.leblanc@customer.example>, capture@in.example"},
    )
    result = parse_rules(mail)
    assert is_internal_note(mail, result.reply_text) is internal
    assert (result.intents == ["other"]) is internal


def test_a_colleague_named_like_the_creditor_does_not_make_it_internal() -> None:
    mail = make_mail(
        "Tom, we paid it yesterday.",
        to="Tom Baker <tom@supplier.example>",
        headers={"Cc": "Tom Fielding <t.fielding@customer.example>"},
    )
    assert not is_internal_note(mail, "Tom, we paid it yesterday.")


def test_claude_is_told_the_header_fact_outside_the_untrusted_fence() -> None:
    from worker.maia.claude_engine import build_user_message

    mail = make_mail(_ASK, to="paola@customer.example")
    message = build_user_message(mail, parse_rules(mail), None, "n0nce")
    trusted, _, fenced = message.partition("<untrusted_email")
    assert "own colleagues (from the To header): yes" in trusted
    assert "paola@customer.example" not in fenced  # addresses are not passed to the model
    other = make_mail(_ASK)
    assert "colleagues (from the To header): no" in build_user_message(
        other, parse_rules(other), None, "n0nce"
    )
