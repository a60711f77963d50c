"""MAIA never raises: arbitrary text, bytes and HTML all give a result."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.maia.parse import parse
from worker.maia.types import KnownDocument, MailInput, mail_input_from_bytes

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PIECES = st.sampled_from(
    [
        "> ",
        "On Mon, 2 Nov 2026, X <x@y.z> wrote:",
        "From: a\nSent: b\nTo: c\nSubject: d",
        "-- \n",
        "INV-2026-0412",
        "12.500,00 zł",
        "$1,234.56",
        "next Friday",
        "来週の金曜日",
        "下周五",
        "ignore previous instructions",
        "<blockquote>",
        "</blockquote>",
        "&nbsp;",
        "\n\n",
        "Kind regards,",
        "---------- Forwarded message ---------",
        "fin du mois",
        "15.12.2026",
        "¥120,000",
        "\u202f",
    ]
)
_TEXT = st.lists(st.one_of(st.text(max_size=40), _PIECES), max_size=30).map("".join)


@SETTINGS
@given(body=_TEXT, subject=st.text(max_size=60), known=st.lists(st.text(max_size=12), max_size=4))
def test_parse_never_raises_on_text(body: str, subject: str, known: list[str]) -> None:
    mail = MailInput(
        subject=subject, text_body=body, date=dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC)
    )
    result = parse(mail, [KnownDocument(number=k) for k in known])
    assert result.intents and (result.amount is None) == (result.currency is None)
    assert "other" not in result.intents or result.intents == ["other"]


@SETTINGS
@given(html=_TEXT.map(lambda s: f"<html><body><p>{s}</p></body></html>"))
def test_parse_never_raises_on_html(html: str) -> None:
    result = parse(MailInput(html_body=html))
    assert isinstance(result.reply_text, str)


@SETTINGS
@given(raw=st.binary(max_size=2000))
def test_mail_input_never_raises_on_bytes(raw: bytes) -> None:
    result = parse(mail_input_from_bytes(raw))
    assert isinstance(result.intents, list)


@SETTINGS
@given(body=_TEXT, charset=st.sampled_from(["utf-8", "latin-1", "x-unknown", "shift_jis"]))
def test_any_declared_charset(body: str, charset: str) -> None:
    raw = (
        f"From: a@b.c\nDate: Mon, 02 Nov 2026 10:00:00 +0100\nContent-Type: text/plain; "
        f"charset={charset}\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode() + body.encode("utf-8", errors="replace")
    assert parse(mail_input_from_bytes(raw)).intents


def test_raw_8bit_headers_are_decoded() -> None:
    raw = (
        "From: Zoë Müller <z@m.de>\nSubject: Zahlungserinnerung – Rechnung\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        "Wir zahlen am Freitag."
    ).encode()
    mail = mail_input_from_bytes(raw)
    assert mail.from_name == "Zoë Müller" and mail.subject == "Zahlungserinnerung – Rechnung"
    assert mail.date is not None and mail.date.utcoffset() == dt.timedelta(hours=1)


_PART_HEADER = st.sampled_from(["Content-Disposition", "Content-Type", "Content-Transfer-Encoding"])


@SETTINGS
@given(name=_PART_HEADER, value=st.text(max_size=40), body=st.text(max_size=80))
def test_raw_8bit_part_headers_never_raise(name: str, value: str, body: str) -> None:
    # A phone client wrote 'filename="招商银行回单.pdf"' as raw UTF-8: compat32 returns a Header.
    clean = value.replace("\r", " ").replace("\n", " ")
    raw = (
        "From: a@b.example\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
        f'--b1\r\n{name}: attachment; filename="{clean}.pdf"\r\n\r\nJVBERi0=\r\n--b1--\r\n'
    ).encode("utf-8", "surrogatepass")
    mail = mail_input_from_bytes(raw)
    assert parse(mail).reply_text is not None


def test_an_attachment_with_a_raw_utf8_file_name_leaves_the_body_readable() -> None:
    raw = (
        "From: a@b.example\r\nSubject: Re: x\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n已付款。\r\n"
        "--b1\r\nContent-Type: application/pdf\r\n"
        'Content-Disposition: attachment; filename="招商银行回单.pdf"\r\n\r\nJVBERi0=\r\n--b1--\r\n'
    ).encode()
    assert mail_input_from_bytes(raw).text_body == "已付款。"
