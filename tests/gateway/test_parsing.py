"""Parsing, stripping and classification on sample messages, without a server."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.bounce import read_bounce
from gateway.classify import is_auto_reply, is_auto_subject, is_loop
from gateway.forward import find_forward
from gateway.mime import MAX_HEADER_BYTES, strip_attachments

DATA = Path(__file__).parent.parent / "data" / "gateway"


def load(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_attachments_are_reduced_to_metadata() -> None:
    stripped = strip_attachments(load("reply_with_pdf_attachment.eml"))
    assert [(a.filename, a.content_type, a.size) for a in stripped.attachments] == [
        ("remittance.pdf", "application/pdf", len(b"SECRET-ATTACHMENT-BYTES-1234567890")),
        ("reçu.png", "image/png", len(b"\x89PNG\r\n\x1a\nSECRET-IMAGE")),
    ]
    assert "INV-10240" in (stripped.text_body or "")
    assert "<p>" in (stripped.html_body or "")
    everything = repr(stripped)
    assert "SECRET" not in everything and "U0VDUkVU" not in everything
    assert stripped.in_reply_to == "out-10240.k7f3@relance.localhost"
    assert stripped.references == ["thread-0@relance.localhost", "out-10240.k7f3@relance.localhost"]
    assert stripped.recipient_header_addresses == [
        "ar@acme.example",
        "capture.acme.42.tok@reply.relance.localhost",
    ]
    assert stripped.date is not None and stripped.date.utcoffset() == timedelta(0)


def test_date_keeps_its_own_offset() -> None:
    stripped = strip_attachments(load("ooo_auto_submitted.eml"))
    assert stripped.date is not None and stripped.date.utcoffset() == timedelta(hours=1)


def test_unknown_charsets_decode_leniently() -> None:
    stripped = strip_attachments(load("reply_unknown_charset.eml"))
    assert stripped.text_body is not None and "Grüße" in stripped.text_body
    assert stripped.from_address == "koenig@example.de"
    assert stripped.subject  # something readable, never an exception
    assert stripped.date is None


def test_quoted_printable_latin1_subject_and_body() -> None:
    stripped = strip_attachments(load("ooo_subject_only_french.eml"))
    assert stripped.subject is not None and stripped.subject.startswith("Réponse automatique")
    assert "décembre" in (stripped.text_body or "")


def test_header_section_is_bounded() -> None:
    raw = b"".join(b"X-Junk-%d: %s\r\n" % (i, b"a" * 5000) for i in range(100))
    raw += b"From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n"
    stripped = strip_attachments(raw)
    assert sum(len(n) + len(v) for n, v in stripped.headers) <= MAX_HEADER_BYTES
    assert any("truncated" in d for d in stripped.defects)


def test_deep_nesting_is_bounded() -> None:
    depth = 60
    raw = b"From: a@b.example\r\nMIME-Version: 1.0\r\n"
    for level in range(depth):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
    raw += b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    for level in reversed(range(depth)):
        raw += b"--b%d--\r\n" % level
    stripped = strip_attachments(raw)
    assert any("deep" in d or "unparseable" in d for d in stripped.defects)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_strip_never_raises_on_junk(junk: bytes) -> None:
    strip_attachments(junk)
    strip_attachments(b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" + junk)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ooo_auto_submitted.eml", True),
        ("ooo_subject_only_french.eml", True),
        ("reply_with_pdf_attachment.eml", False),
        ("forward_gmail_inline.eml", False),
    ],
)
def test_auto_reply_samples(name: str, expected: bool) -> None:
    stripped = strip_attachments(load(name))
    assert is_auto_reply(stripped.headers, stripped.subject) is expected


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Payment reminder",
        "Automatic reply: Payment reminder",
        "Réponse automatique : Relance",
        "Abwesenheitsnotiz: Zahlungserinnerung",
        "Automatische Antwort: Rechnung",
        "Automatisch antwoord: Herinnering",
        "Respuesta automática: Factura",
        "Risposta automatica: Fattura",
        "Resposta automática: Fatura",
        "Odpowiedź automatyczna: Faktura",
        "Autosvar: Faktura",
        "Otomatik yanıt: Fatura",
        "自動応答: 請求書",
        "自动回复: 发票",
        "RE: Out of Office",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    assert is_auto_subject(subject)


@pytest.mark.parametrize(
    "subject", ["Re: Payment reminder", "Invoice office chairs", "Automation question"]
)
def test_ordinary_subjects(subject: str) -> None:
    assert not is_auto_subject(subject)


@pytest.mark.parametrize(
    "header",
    [
        ("Auto-Submitted", "auto-generated"),
        ("X-Autoreply", "yes"),
        ("X-Autorespond", "Out of office"),
        ("Precedence", "auto_reply"),
        ("Precedence", "bulk"),
        ("X-Auto-Response-Suppress", "All"),
    ],
)
def test_auto_reply_headers(header: tuple[str, str]) -> None:
    assert is_auto_reply([header], "Re: invoice")


def test_auto_submitted_no_is_a_person() -> None:
    assert not is_auto_reply([("Auto-Submitted", "no"), ("Precedence", "list")], "Re: x")


def test_dsn_is_read() -> None:
    stripped = strip_attachments(load("dsn_delivery_status.eml"))
    bounce = read_bounce(stripped, "")
    assert bounce is not None
    assert bounce.failed_recipients == ["gone@customer.example"]
    assert bounce.status == "5.1.1"
    assert bounce.diagnostic is not None and "User unknown" in bounce.diagnostic
    assert bounce.original_message_id == "out-1001.k7f3@relance.localhost"


def test_loops() -> None:
    assert is_loop(strip_attachments(load("loop_marker.eml")).headers)
    assert is_loop([("Received", "x")] * 51)
    assert not is_loop([("Received", "x")] * 5)


def test_forward_gmail_inline() -> None:
    forward = find_forward(strip_attachments(load("forward_gmail_inline.eml")))
    assert forward is not None and forward.source == "inline"
    assert forward.author_address == "m.hofmann@hofmann-metallbau.de"
    assert forward.author_name == "Maria Hofmann"
    assert forward.subject == "Invoice 80412"
    assert forward.date == "Fri, 21 Nov 2026 at 14:02"
    assert forward.text.startswith("Hello Paul, we will pay invoice 80412")


def test_forward_outlook_french() -> None:
    forward = find_forward(strip_attachments(load("forward_outlook_french.eml")))
    assert forward is not None
    assert forward.author_address == "c.martin@example.fr"
    assert forward.subject == "Facture F-2026-118"
    assert forward.date == "vendredi 21 novembre 2026 14:02"
    assert "réglée le 5 décembre" in forward.text


def test_forward_outlook_german_mailto() -> None:
    forward = find_forward(strip_attachments(load("forward_german_outlook.eml")))
    assert forward is not None
    assert forward.author_address == "m.hofmann@hofmann-metallbau.de"
    assert forward.author_name == "Maria Hofmann"
    assert forward.subject == "Rechnung 80412"
    assert "nächste Woche" in forward.text


def test_forward_as_attached_message() -> None:
    stripped = strip_attachments(load("forward_attached_rfc822.eml"))
    forward = find_forward(stripped)
    assert forward is not None and forward.source == "attachment"
    assert forward.author_address == "jose@cliente.example.es"
    assert forward.author_name == "José García"
    assert forward.sent_at is not None and forward.sent_at.utcoffset() == timedelta(hours=1)
    assert "Pagaremos la factura 2026-77" in forward.text
    # The PDF inside the forwarded message is counted, and its bytes are gone.
    assert [a.filename for a in stripped.attachments] == ["remesa.pdf"]
    assert "SECRET" not in repr(stripped)


@pytest.mark.parametrize(
    ("separator", "labels"),
    [
        ("Begin forwarded message:", ("From", "Date", "Subject", "To")),
        ("-------- Message d'origine --------", ("De", "Date", "Objet", "À")),
        ("-------- Weitergeleitete Nachricht --------", ("Von", "Datum", "Betreff", "An")),
        ("", ("De", "Enviado", "Asunto", "Para")),
        ("", ("Da", "Inviato", "Oggetto", "A")),
        ("", ("De", "Enviada", "Assunto", "Para")),
        ("", ("Van", "Verzonden", "Onderwerp", "Aan")),
        ("", ("From", "Sent", "Subject", "To")),
    ],
)
def test_forward_blocks_in_languages(separator: str, labels: tuple[str, str, str, str]) -> None:
    frm, date, subject, to = labels
    body = (
        f"see below\n\n{separator}\n{frm}: Ana Lopes <ana@cliente.example>\n"
        f"{date}: 21/11/2026 14:02\n{to}: Paul <paul@acme.example>\n{subject}: Fatura 77\n\n"
        "We will pay on Friday.\n"
    )
    raw = (
        "From: paul@acme.example\r\nSubject: Fwd: Fatura 77\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode()
    forward = find_forward(strip_attachments(raw))
    assert forward is not None
    assert forward.author_address == "ana@cliente.example"
    assert forward.subject == "Fatura 77"
    assert forward.text.startswith("We will pay on Friday.")


def test_quoted_history_in_a_plain_reply_is_not_a_forward() -> None:
    raw = (
        b"From: c@customer.example\r\nSubject: RE: Payment reminder\r\n\r\n"
        b"We pay Friday.\r\n\r\n-----Original Message-----\r\nFrom: ar@acme.example\r\n"
        b"Sent: Monday\r\nSubject: Payment reminder\r\n\r\nPlease pay.\r\n"
    )
    assert find_forward(strip_attachments(raw)) is None


def test_collapsed_fast_path_matches_the_full_parse() -> None:
    """Large base64 bodies are skipped by the fast path; the result must not change."""
    import os
    from email.message import EmailMessage

    from gateway import mime

    for text_cte in ("quoted-printable", "base64"):  # a big base64 *text* part must survive
        message = EmailMessage()
        message["From"] = "Anna <ap@customer.example>"
        message["To"] = "x@reply.relance.test"
        message["Subject"] = "Re: reminder"
        message.set_content(
            ("Zahlung erfolgt am Freitag, Grüße aus Köln. " * 20 + "\n") * 200, cte=text_cte
        )
        message.add_attachment(
            os.urandom(150_000), maintype="application", subtype="pdf", filename="a.pdf"
        )
        message.add_attachment(
            os.urandom(70_001), maintype="image", subtype="png", filename="b.png"
        )
        raw = message.as_bytes()
        assert len(raw) > mime.COLLAPSE_THRESHOLD
        fast = mime.strip_attachments(raw)
        walk = mime._Walk()
        full = mime.strip_message(
            mime.BytesParser(policy=mime.policy.default).parsebytes(raw), walk
        )
        assert fast.attachments == full.attachments
        assert [a.size for a in fast.attachments] == [150_000, 70_001]
        assert fast.text_body == full.text_body and "Grüße aus Köln" in (fast.text_body or "")
        assert fast.headers == full.headers
