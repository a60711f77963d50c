"""Promise dates per MAIA-LABELS.md, resolved on the Date header's own local day."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.worker.maia.helpers import make_mail
from worker.maia.dates import find_dates
from worker.maia.rules import parse_rules

MON = dt.date(2026, 11, 2)  # a Monday


def first(text: str, lang: str, ref: dt.date = MON, *, us: bool = False) -> dt.date:
    hits = find_dates(text, ref, lang, us=us)
    assert hits, text
    return hits[0].date


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("next Friday", "en", dt.date(2026, 11, 6)),
        ("am Freitag", "de", dt.date(2026, 11, 6)),
        ("på fredag", "sv", dt.date(2026, 11, 6)),
        ("u petak", "hr", dt.date(2026, 11, 6)),
        ("vineri", "ro", dt.date(2026, 11, 6)),
        ("el viernes", "es", dt.date(2026, 11, 6)),
        ("w piątek", "pl", dt.date(2026, 11, 6)),
        ("cuma günü", "tr", dt.date(2026, 11, 6)),
        ("cumaya kadar", "tr", dt.date(2026, 11, 6)),
        ("do piątku", "pl", dt.date(2026, 11, 6)),
        ("nächsten Montag", "de", dt.date(2026, 11, 9)),
        ("la semana que viene, el miércoles", "es", dt.date(2026, 11, 11)),
        ("em 15 dias", "pt", dt.date(2026, 11, 17)),
        ("lundi", "fr", dt.date(2026, 11, 9)),  # strictly after: next Monday
        ("volgende week vrijdag", "nl", dt.date(2026, 11, 13)),
        ("来週の金曜日", "ja", dt.date(2026, 11, 13)),
        ("下周五", "zh", dt.date(2026, 11, 13)),
        ("本周五", "zh", dt.date(2026, 11, 6)),
        ("gelecek hafta cuma", "tr", dt.date(2026, 11, 13)),
        ("săptămâna viitoare, miercuri", "ro", dt.date(2026, 11, 11)),
        ("w przyszłym tygodniu w środę", "pl", dt.date(2026, 11, 11)),
        ("Ende nächster Woche", "de", dt.date(2026, 11, 13)),
        ("end of next week", "en", dt.date(2026, 11, 13)),
        ("fin du mois", "fr", dt.date(2026, 11, 30)),
        ("entro fine mese", "it", dt.date(2026, 11, 30)),
        ("do końca miesiąca", "pl", dt.date(2026, 11, 30)),
        ("by the end of the month", "en", dt.date(2026, 11, 30)),
        ("ayın sonuna kadar", "tr", dt.date(2026, 11, 30)),
        ("月底前", "zh", dt.date(2026, 11, 30)),
        ("am 15. Dezember", "de", dt.date(2026, 12, 15)),
        ("le 30 novembre", "fr", dt.date(2026, 11, 30)),
        ("12月31日", "ja", dt.date(2026, 12, 31)),
        ("10/12", "pt", dt.date(2026, 12, 10)),
        ("15.12.2026", "pl", dt.date(2026, 12, 15)),
        ("2026-10-02", "sv", dt.date(2026, 10, 2)),
        ("15 Aralık'a kadar", "tr", dt.date(2026, 12, 15)),
        ("15. prosinca", "hr", dt.date(2026, 12, 15)),
        ("December 4th", "en", dt.date(2026, 12, 4)),
        ("tomorrow", "en", dt.date(2026, 11, 3)),
        ("binnen 14 dagen", "nl", dt.date(2026, 11, 16)),
    ],
)
def test_expressions(text: str, lang: str, expected: dt.date) -> None:
    assert first(text, lang) == expected


def test_day_month_without_year_rolls_to_next_year() -> None:
    assert first("le 5 janvier", "fr", dt.date(2026, 12, 10)) == dt.date(2027, 1, 5)


def test_us_numeric_dates_are_month_first() -> None:
    assert first("12/11/2026", "en", us=True) == dt.date(2026, 12, 11)
    assert first("12/11/2026", "en", us=False) == dt.date(2026, 11, 12)


def test_last_weekday_is_in_the_past() -> None:
    assert first("paid last Friday", "en") == dt.date(2026, 10, 30)


def test_relative_dates_use_the_header_offset_not_utc() -> None:
    mail = make_mail("Pagamos amanhã.\nJoão", date="Tue, 08 Dec 2026 22:50:00 -0300")
    assert parse_rules(mail).promise_date == dt.date(2026, 12, 9)


def test_out_of_office_return_date_is_not_a_promise() -> None:
    mail = make_mail(
        "I am out of the office until Monday 30 November with limited access to email.",
        subject="Automatic reply: Payment reminder",
        headers={"Auto-Submitted": "auto-replied"},
    )
    result = parse_rules(mail)
    assert result.intents == ["out_of_office"]
    assert result.promise_date is None
    assert result.return_date == dt.date(2026, 11, 30)


def test_past_payment_date_is_never_a_promise() -> None:
    mail = make_mail(
        "Invoice INV-5 was paid on 28 October.", date="Mon, 02 Nov 2026 10:00:00 +0000"
    )
    result = parse_rules(mail)
    assert result.intents == ["paid"]
    assert result.promise_date is None


def test_earliest_of_several_future_dates() -> None:
    mail = make_mail(
        "Could we pay INV-1 in three monthly instalments of £2,000.00, the first on "
        "30 November, then on 30 December and 30 January?"
    )
    result = parse_rules(mail)
    assert result.intents == ["payment_plan"]
    assert result.promise_date == dt.date(2026, 11, 30)


_MON_16_NOV = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("o restante vai no dia 20.", "pt", dt.date(2026, 11, 20)),
        ("pagamento do boleto para dia 10.", "pt", dt.date(2026, 12, 10)),
        ("prevista para la remesa del día 15.", "es", dt.date(2026, 12, 15)),
        ("dans l'échéancier de paiement du 30.", "fr", dt.date(2026, 11, 30)),
        ("am pus-o deja în plata din 28.", "ro", dt.date(2026, 11, 28)),
        ("ušao je u plan plaćanja za 25.", "hr", dt.date(2026, 11, 25)),
        ("jest w paczce przelewów na 25.", "pl", dt.date(2026, 11, 25)),
        ("im Zahllauf am 25.", "de", dt.date(2026, 11, 25)),
        ("den 25:e", "sv", dt.date(2026, 11, 25)),
        ("ayın 25'inde ödeme", "tr", dt.date(2026, 11, 25)),
        ("25日支払い分に組み込みました", "ja", dt.date(2026, 11, 25)),
        ("已经排进28号的付款计划了", "zh", dt.date(2026, 11, 28)),
    ],
)
def test_a_bare_day_of_the_month_is_its_next_occurrence(
    text: str, lang: str, expected: dt.date
) -> None:
    assert [h.date for h in find_dates(text, _MON_16_NOV, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1.500 lei din 4.000, restul", "ro"),
        ("brakuje na 25 sztuk", "pl"),
        ("une remise de le 30 %", "fr"),
        ("30日以内にお支払いください", "ja"),
    ],
)
def test_numbers_that_are_no_day_of_the_month(text: str, lang: str) -> None:
    assert [h.kind for h in find_dates(text, _MON_16_NOV, lang)] in ([], ["relative"])
