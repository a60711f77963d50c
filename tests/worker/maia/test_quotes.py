"""Reply-text extraction: each client's quoting style, signatures, disclaimers, forwards, HTML."""

from __future__ import annotations

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.extract import extract_reply
from worker.maia.html_text import html_to_text

QUOTE = "Dear customer,\nInvoice INV-9 of 1.000,00 EUR is overdue.\nRegards, AR team"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Outlook header block, English
        (
            "We will pay on Friday.\n\nKind regards,\nTom\n\nFrom: AR <ar@s.example>\n"
            "Sent: Monday, November 2, 2026 9:00 AM\nTo: Tom <t@c.example>\nSubject: Reminder\n\n"
            + QUOTE,
            "We will pay on Friday. Kind regards, Tom",
        ),
        # Outlook, German, with underscore line
        (
            "Wir zahlen am Freitag.\n\nMfG A. Gruber\n\n________________________________\n"
            "Von: AR <ar@s.example>\nGesendet: Montag, 2. November 2026 09:00\nAn: x@c.example\n"
            "Betreff: Zahlungserinnerung\n\n" + QUOTE,
            "Wir zahlen am Freitag. MfG A. Gruber",
        ),
        # Outlook, French
        (
            "Nous réglerons fin du mois.\n\nCordialement,\nIsabelle\n\nDe : AR <ar@s.example>\n"
            "Envoyé : lundi 2 novembre 2026 09:00\nÀ : i@c.example\nObjet : Relance\n\n" + QUOTE,
            "Nous réglerons fin du mois. Cordialement, Isabelle",
        ),
        # Gmail attribution, English, `>` quote
        (
            "Paid yesterday.\n\nThanks,\nPriya\n\nOn Mon, 2 Nov 2026 at 09:00, AR <ar@s.example> wrote:\n"
            + "\n".join("> " + ln for ln in QUOTE.splitlines()),
            "Paid yesterday. Thanks, Priya",
        ),
        # Gmail attribution wrapped over two lines, Spanish
        (
            "Pagaremos el viernes.\n\nSaludos,\nLucía\n\nEl lun, 2 nov 2026 a las 9:00, AR\n"
            "(<ar@s.example>) escribió:\n" + "\n".join("> " + ln for ln in QUOTE.splitlines()),
            "Pagaremos el viernes. Saludos, Lucía",
        ),
        # Apple Mail, German
        (
            "Zahlung folgt morgen.\n\nAm 02.11.2026 um 09:00 schrieb AR <ar@s.example>:\n\n> "
            + QUOTE.replace("\n", "\n> "),
            "Zahlung folgt morgen.",
        ),
        # Thunderbird, Swedish
        (
            "Vi betalar på fredag.\n/Lars\n\nDen 2026-11-02 kl. 09:00, AR skrev:\n> "
            + QUOTE.replace("\n", "\n> "),
            "Vi betalar på fredag. /Lars",
        ),
        # Original Message separator, Polish
        (
            "Zapłacimy w piątek.\n\nPozdrawiam\nEwa\n\n-----Oryginalna wiadomość-----\nOd: AR\n"
            + QUOTE,
            "Zapłacimy w piątek. Pozdrawiam Ewa",
        ),
        # Chinese Foxmail separator
        (
            "下周五付款。\n王芳\n\n------------------ 原始邮件 ------------------\n发件人: AR\n"
            + QUOTE,
            "下周五付款。 王芳",
        ),
        # Japanese Gmail attribution
        (
            "来週の金曜日にお振込みいたします。\n山田\n\n2026年11月2日(月) 9:00 AR <ar@s.example>:\n> "
            + QUOTE.replace("\n", "\n> "),
            "来週の金曜日にお振込みいたします。 山田",
        ),
    ],
)
def test_quoted_history_is_dropped(body: str, expected: str) -> None:
    assert extract_reply(make_mail(body)).text == expected


def test_inline_answers_kept_in_order() -> None:
    body = (
        "Hi, answers inline.\n\nOn Mon, 2 Nov 2026, AR <ar@s.example> wrote:\n"
        "> INV-1 is overdue.\nPaid on 28/10.\n> INV-2 is overdue.\nWill pay Friday.\n> Regards\n"
    )
    assert (
        extract_reply(make_mail(body)).text == "Hi, answers inline. Paid on 28/10. Will pay Friday."
    )


def test_bottom_posted_text_below_quote_kept() -> None:
    body = (
        "On Mon, 2 Nov 2026, AR <ar@s.example> wrote:\n> Please pay INV-1.\n\nWe paid it today.\nJo"
    )
    assert extract_reply(make_mail(body)).text == "We paid it today. Jo"


def test_signature_block_mobile_footer_and_disclaimer_dropped() -> None:
    body = (
        "We will pay INV-7 next week.\n\nBest regards,\nAnna Schmidt\n\nHead of Accounts Payable\n"
        "ACME GmbH | Tel +49 30 1234567\n\nSent from my iPhone\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended "
        "solely for the addressee. If you received it in error, please delete it."
    )
    assert (
        extract_reply(make_mail(body)).text
        == "We will pay INV-7 next week. Best regards, Anna Schmidt"
    )


def test_dash_dash_separator_cuts_signature() -> None:
    body = "Betalt idag.\nHälsningar Erik\n-- \nErik Ek\nEkonomi AB\n08-123 45 67"
    assert extract_reply(make_mail(body)).text == "Betalt idag. Hälsningar Erik"


def test_gdpr_disclaimer_above_the_message_is_dropped() -> None:
    body = (
        "Klauzula RODO: Administratorem danych osobowych jest Firma S.A. Wiadomość może zawierać "
        "informacje poufne przeznaczone wyłącznie dla adresata.\n\nZapłacimy jutro.\nPozdrawiam\nJan"
    )
    assert extract_reply(make_mail(body)).text == "Zapłacimy jutro. Pozdrawiam Jan"


def test_bare_forward_yields_forwarded_words() -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Client <c@c.example>\n"
        "Date: Mon, 2 Nov 2026\nSubject: Re: Reminder\nTo: sales@s.example\n\n"
        "We will pay INV-3 on Friday.\nBest,\nClaire\n\nOn Sun, 1 Nov 2026, AR wrote:\n> pay INV-3"
    )
    assert extract_reply(make_mail(body, subject="Fwd: Re: Reminder")).text == (
        "We will pay INV-3 on Friday. Best, Claire"
    )


def test_forward_with_a_real_note_keeps_the_note() -> None:
    body = (
        "The customer says the goods arrived damaged, please hold all reminders until we "
        "have checked with the warehouse.\nMark\n\n-------- Message transféré --------\n"
        "De : Client\nObjet : RE: Relance\n\nLes marchandises sont abîmées."
    )
    text = extract_reply(make_mail(body, subject="TR: RE: Relance")).text
    assert text.startswith("The customer says the goods arrived damaged")
    assert "abîmées" not in text


def test_html_only_mail_blockquote_style_and_entities() -> None:
    html = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<p>Nous paierons&nbsp;vendredi &amp; merci.</p><p>Marc</p>"
        '<div class="gmail_quote">Le lun. 2 nov. 2026 à 09:00, AR &lt;ar@s.example&gt; a écrit :'
        "<blockquote><p>Relance INV-4</p></blockquote></div></body></html>"
    )
    assert extract_reply(make_mail(html, html=True)).text == "Nous paierons vendredi & merci. Marc"


def test_html_blockquote_becomes_quoted_lines() -> None:
    text = html_to_text(
        "<p>mine</p><blockquote><p>theirs</p><blockquote>older</blockquote></blockquote>"
    )
    assert text.splitlines()[0] == "mine"
    assert all(ln.startswith(">") for ln in text.splitlines()[1:])


def test_latin1_body_decoded() -> None:
    mail = make_mail("Nous réglerons la facture à la fin du mois.\nÉmilie", charset="iso-8859-1")
    assert extract_reply(mail).text == "Nous réglerons la facture à la fin du mois. Émilie"
