"""Replies typed without diacritics: folded cues, and only for them."""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.worker.maia.helpers import intents_of
from tests.worker.maia.test_prefilter import _cues, _sentences
from worker.maia.fold import fold_source, folded_cues, typed_without_diacritics
from worker.maia.prefilter import Cue

_DATE = "Mon, 16 Nov 2026 09:30:00 +0100"


def _ascii(text: str) -> str:
    """What a phone keyboard without diacritics types ("ł" has no decomposition)."""
    text = text.replace("ł", "l").replace("ı", "i").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@pytest.mark.parametrize(
    ("source", "folded"),
    [
        (r"zapłacimy", r"zap[łl]acimy"),
        (r"p[lł]at", r"p[lłl]at"),  # inside a class the base letter is added
        (r"[^ł ]+", r"[^łl ]+"),  # a negated class excludes both
        (r"\bödeme\b", r"\b[öo]deme\b"),
        (r"\\ł", r"\\[łl]"),  # an escaped backslash, then a letter
        (r"pagó|payé", r"pagó|payé"),  # es/fr accents stay: "pago", "paye" are other words
    ],
)
def test_fold_source(source: str, folded: str) -> None:
    assert fold_source(source) == folded
    re.compile(fold_source(source))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("zaplacimy jutro, 1 200,00 zł", "pl", True),
        ("zapłacimy jutro", "pl", False),
        ("we will pay tomorrow", "en", False),
        ("1234 5678", "pl", False),
    ],
)
def test_typed_without_diacritics(text: str, lang: str, expected: bool) -> None:
    assert typed_without_diacritics(text, lang) is expected


def test_folded_form_is_only_active_inside_the_block() -> None:
    cue = Cue(r"\bzapłacimy\b")
    assert cue.search("zaplacimy jutro") is None
    with folded_cues():
        assert cue.search("zaplacimy jutro") is not None
        assert cue.search("zapłacimy jutro") is not None
    assert cue.search("zaplacimy jutro") is None
    with folded_cues(False):
        assert cue.search("zaplacimy jutro") is None


@pytest.mark.parametrize(("name", "cue"), _cues(), ids=[n for n, _ in _cues()])
def test_folded_cue_reads_ascii_text_as_its_plain_form_reads_the_original(
    name: str, cue: Cue
) -> None:
    folded = re.compile(fold_source(cue.pattern))
    with folded_cues():
        for text in _sentences()[::3]:  # a third of them: every cue meets thousands
            flat = _ascii(text)
            got = cue.search(flat)  # prefiltered: it must agree with the folded regex
            want = folded.search(flat)
            assert (got and got.span()) == (want and want.span()), (name, flat)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dzien dobry, zaplacimy fakture FV/118 w piatek. Pozdrawiam", ["promise_to_pay"]),
        ("Buna ziua, factura 20940 a fost platita ieri. Multumesc", ["paid"]),
        ("Merhaba, 4471 nolu fatura odendi, dekont ektedir.", ["paid"]),
        ("Postovani, racun 412-1-1 placen je jucer. Lijep pozdrav", ["paid"]),
        ("Dzien dobry, nie zaplacimy tej faktury, towar byl uszkodzony.", ["dispute"]),
        # Spanish typed plain: "el pago" is still the payment, no past payment
        ("Hola, el pago de la factura 118 lo hacemos el viernes. Saludos", ["promise_to_pay"]),
    ],
)
def test_replies_typed_without_diacritics(body: str, expected: list[str]) -> None:
    assert intents_of(body, _DATE) == expected
