"""Money amounts in local formats (1.234,56 €, CHF 12'480.50, ₺15.000, 35,600元), currency."""

from __future__ import annotations

import decimal
import re

import msgspec

# Indian lakh grouping first ("₹1,84,500.00"), then the usual thousand groups.
_NUM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|"
    r"\d{1,3}(?:[.,\u00a0\u202f\u2009 '’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
)
_PRE_CUR = (
    r"R\$|US\$|CA\$|AU\$|C\$|A\$|\$|€|£|¥|￥|₺|zł|CHF|EUR|USD|GBP|PLN|SEK|RON|TRY|JPY|CNY|RMB|"
    r"BRL|MXN|HRK|DKK|NOK|CZK|HUF|CAD|AUD|Fr\.|SFr\.|TL|kr\.?|lei|₹|INR|Rs\.?"
)
_POST_CUR = (
    r"€|EUR|euros?|eura|zł|zl|PLN|złotych|zlotych|kr|kronor|SEK|lei|RON|TL|₺|TRY|lira|元|"
    r"人民币|円|CHF|Fr\.|USD|GBP|JPY|CNY|RMB|BRL|MXN|HRK|kn|kuna|DKK|NOK|CAD|AUD|dollars?|"
    r"pounds?|yuan|reais|pesos|INR|rupees"
)
_AMOUNT = re.compile(
    rf"(?<![0-9A-Za-z_/.,-])(?:(?P<pre>{_PRE_CUR})\s?(?P<n1>{_NUM})(?:\s?(?P<code>[A-Z]{{3}})\b)?"
    rf"|(?P<n2>{_NUM})\s?(?P<mult>万|萬)?\s?(?P<post>{_POST_CUR})(?![A-Za-zÀ-ÿĀ-ž]))",
)
_CODES = {
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "eura": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "₺": "TRY",
    "tl": "TRY",
    "lira": "TRY",
    "zł": "PLN",
    "zl": "PLN",
    "złotych": "PLN",
    "zlotych": "PLN",
    "lei": "RON",
    "kr": "SEK",
    "kr.": "SEK",
    "kronor": "SEK",
    "元": "CNY",
    "人民币": "CNY",
    "rmb": "CNY",
    "yuan": "CNY",
    "円": "JPY",
    "r$": "BRL",
    "reais": "BRL",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "fr.": "CHF",
    "sfr.": "CHF",
    "kn": "EUR",
    "kuna": "EUR",
    "hrk": "EUR",
    "ca$": "CAD",
    "c$": "CAD",
    "au$": "AUD",
    "a$": "AUD",
    "pesos": "MXN",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "rupees": "INR",
}
_DEFAULT: dict[str, str] = {
    "pl": "PLN",
    "sv": "SEK",
    "tr": "TRY",
    "ro": "RON",
    "ja": "JPY",
    "zh": "CNY",
    "hr": "EUR",
    "de": "EUR",
    "fr": "EUR",
    "es": "EUR",
    "it": "EUR",
    "pt": "EUR",
    "nl": "EUR",
    "en": "GBP",
}


class Amount(msgspec.Struct, frozen=True):
    """One amount as written: where, how much, in which currency (None if unstated)."""

    start: int
    end: int
    value: decimal.Decimal
    currency: str | None


def parse_number(raw: str) -> decimal.Decimal | None:
    """'1.234,56' / '1,234.56' / "12'480.50" / '15.000' → Decimal; 3-digit groups are thousands."""
    s = re.sub(r"[\u00a0\u202f\u2009 '’]", "", raw)
    m = re.search(r"[.,](\d{1,2})$", s)
    if m:
        whole = re.sub(r"[.,]", "", s[: m.start()])
        s = f"{whole}.{m.group(1)}"
    else:
        s = re.sub(r"[.,]", "", s)
    try:
        return decimal.Decimal(s)
    except decimal.InvalidOperation:
        return None


def _currency(symbol: str, code: str | None, lang: str) -> str:
    if code and code.isupper() and code not in ("TL",):
        return code
    low = symbol.lower()
    if symbol in ("¥", "￥"):
        return "JPY" if lang == "ja" else "CNY"
    if symbol == "$":
        return "USD"
    if low in ("kr", "kr."):
        return {"sv": "SEK"}.get(lang, "SEK")
    if symbol.isupper() and len(symbol) == 3:
        return "EUR" if symbol == "HRK" else symbol
    return _CODES.get(low, _CODES.get(symbol, "EUR"))


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Every amount with an explicit currency marker, in order of appearance."""
    out: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        raw = m.group("n1") or m.group("n2")
        value = parse_number(raw)
        if value is None:
            continue
        if m.group("mult"):
            value *= 10000
        if m.group("pre"):
            code = m.group("code")
            cur = _currency(m.group("pre"), code, lang)
        else:
            cur = _currency(m.group("post"), None, lang)
        out.append(Amount(m.start(), m.end(), value, cur))
    return out


_BARE = re.compile(rf"(?<![0-9A-Za-z_/.,:-])(?P<n>{_NUM})(?![0-9A-Za-z_/%]|[.,:-]\d)")


def find_bare_amounts(text: str) -> list[Amount]:
    """Numbers without a currency that read like money (decimals or thousand groups)."""
    out: list[Amount] = []
    for m in _BARE.finditer(text):
        raw = m.group("n")
        if not re.search(r"[.,\u00a0\u202f ']\d{3}(?!\d)|[.,]\d{2}$", raw):
            continue
        value = parse_number(raw)
        if value is not None:
            out.append(Amount(m.start(), m.end(), value, None))
    return out


def default_currency(lang: str) -> str | None:
    """The currency a reply in this language most likely means when it names none."""
    return _DEFAULT.get(lang)
