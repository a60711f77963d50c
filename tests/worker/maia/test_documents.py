"""Document numbers: as written, in order, deduplicated, exclusions, matching known documents."""

from __future__ import annotations

import pytest

from worker.maia.documents import find_documents, normalise_number
from worker.maia.types import KnownDocument


def numbers(text: str, known: list[KnownDocument] | None = None) -> list[str]:
    return [h.number for h in find_documents(text, known)]


def test_formats_as_written_in_order_without_duplicates() -> None:
    text = (
        "Facturas FT 2025/0931 y A-2026-1150 pagadas; la FT 2025/0931 otra vez. "
        "Avoir AV-2025-0412, Gutschrift GS-2025-207, nota de crédito NC 2025/112, faktura 17/2/1, "
        "Rechnung 80412."
    )
    assert numbers(text) == [
        "FT 2025/0931",
        "A-2026-1150",
        "AV-2025-0412",
        "GS-2025-207",
        "NC 2025/112",
        "17/2/1",
        "80412",
    ]


def test_nf_number_is_bare() -> None:
    assert numbers("Pagamos a NF 001234 ontem.") == ["001234"]


def test_exclusions() -> None:
    text = (
        "Invoice INV-1001 is fine. Our PO 4500012877, Bestellnummer 778812, commande CMD-2231, "
        "注文番号 PO-55120, delivery note WZ/2026/1187, return RMA-3381, payment reference "
        "BP-7781230, ticket #48213, trace number 021000021-4471, offer OF/2026/88, "
        "call +48 61 555 20 14, paid 12.10.2026, amount 1.234,56 EUR."
    )
    assert numbers(text) == ["INV-1001"]


def test_turkish_keyword_after_the_number() -> None:
    text = "2026-0412 nolu faturanızı ödeyeceğiz. A-558120 numaralı irsaliye ile geldi."
    assert numbers(text) == ["2026-0412"]


def test_cjk_numbers_after_invoice_word() -> None:
    assert numbers("发票号44012345的货款35,600元，订单号PO-2026-0877。") == ["44012345"]


def test_known_documents_match_across_punctuation_and_zeros() -> None:
    known = [
        KnownDocument(number="FV/2026/0412", document_id="d1"),
        KnownDocument(number="80533", document_id="d2"),
    ]
    hits = find_documents("We pay FV 2026 412 and also 80533 tomorrow.", known)
    assert [(h.number, h.document_id) for h in hits] == [("FV 2026 412", "d1"), ("80533", "d2")]


def test_normalise_number() -> None:
    assert normalise_number("fv-2026-0412") == normalise_number("FV/2026/412")


def test_a_bare_number_the_quoted_reminder_lists_is_a_document() -> None:
    from worker.maia.documents import quoted_numbers

    quote = (
        "> Sehr geehrte Damen und Herren,\n> folgende Rechnungen sind fällig:\n"
        "> 4271563 vom 01.03.2027: 1.240,00 €\n> 4271600 vom 08.03.2027: 310,50 €\n"
        "> Kundennummer 55012\n"
    )
    quoted = quoted_numbers(quote)
    text = "die 4271563 überweisen wir am Freitag, unsere Kundennummer 9988776 bleibt."
    assert [h.number for h in find_documents(text, quoted=quoted)] == ["4271563"]
    # the customer number is governed by its own word, so it never becomes a document
    assert [h.number for h in find_documents("55012 ist unsere Nummer", quoted=quoted)] == []


def test_slash_series_ratings_and_years() -> None:
    assert [h.number for h in find_documents("UK/INV/26/04518 was held back")] == [
        "UK/INV/26/04518"
    ]
    got = find_documents("Factura 7781: los proyectores LED 150W llegaron rotos.")
    assert [h.number for h in got] == ["7781"]
    assert [h.number for h in find_documents("Factura NLR 1061 pentru 2027 avem alt preț.")] == [
        "NLR 1061"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite article names the invoice
        ("Hi, the 4410 is on hold until the credit arrives.", ["4410"]),
        ("Bonjour, la 1188 et la 1192 ont été réglées.", ["1188", "1192"]),
        ("Boa noite, a 004561 ainda está com o financeiro.", ["004561"]),
        # a scheme prefix before a series prefix stays part of the number
        ("Relativamente à FT APL27/0215, transferimos hoje.", ["FT APL27/0215"]),
        # sizes, tax ids and customer numbers are not documents
        ("Rechnung 88401: die M8x40 Schrauben fehlen. UID ATU12345678.", ["88401"]),
        ("Facture 2026/1187. Notre numéro de client chez vous est le 40718.", ["2026/1187"]),
        # China's 20-digit fully digital invoice numbers
        ("您好，今天已支付发票 27442000000123456789。", ["27442000000123456789"]),
    ],
)
def test_round_nine_document_shapes(text: str, expected: list[str]) -> None:
    assert [h.number for h in find_documents(text)] == expected
