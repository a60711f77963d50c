"""Dates written in a reply, resolved against the local calendar day of its Date header."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Literal

import msgspec

from worker.maia import lexicon as lx

DateKind = Literal["absolute", "weekday", "relative", "today", "vague"]


class DateHit(msgspec.Struct, frozen=True):
    """One date expression: where it is, what it resolves to, and how it was written."""

    start: int
    end: int
    date: dt.date
    kind: DateKind


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(y: int) -> int:
    return y + 2000 if y < 100 else y


def _no_year(ref: dt.date, month: int, day: int) -> dt.date | None:
    """Next occurrence on or after ref; a date a few weeks back is a past date, not next year's."""
    this = _safe(ref.year, month, day)
    if this is None:
        return None
    if this >= ref:
        return this
    if (ref - this).days <= 92:
        return this  # a past date: the caller ignores it
    return _safe(ref.year + 1, month, day)


def _next_day_of_month(ref: dt.date, day: int) -> dt.date | None:
    """ "On the 15th": this month's 15th if not yet past, else next month's."""
    this_month = _safe(ref.year, ref.month, day)
    if this_month is not None and this_month >= ref:
        return this_month
    y2, m2 = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
    return _safe(y2, m2, day)


def _next_weekday(ref: dt.date, wd: int) -> dt.date:
    """First occurrence strictly after ref."""
    delta = (wd - ref.weekday()) % 7
    return ref + dt.timedelta(days=delta or 7)


def _week_of(ref: dt.date, wd: int, weeks: int) -> dt.date:
    monday = ref - dt.timedelta(days=ref.weekday())
    return monday + dt.timedelta(days=7 * weeks + wd)


@functools.lru_cache(maxsize=32)
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    langs = [lang] if lang == "en" else [lang, "en"]
    months: list[tuple[str, int]] = []
    for code in langs:
        for idx, stem in enumerate(lx.MONTHS.get(code, [])):
            months.append((stem, idx + 1))

    def month_alt_of(tag: str) -> str:
        return "|".join(f"(?P<m{n}_{tag}{k}>{stem})" for k, (stem, n) in enumerate(months))

    month_alt = month_alt_of("a")
    month_alt_b = month_alt_of("b")
    wds: list[tuple[str, int]] = []
    for code in langs:
        # English as a fallback in another language: whole names only ("mon client", "tue")
        stems = lx.EN_WEEKDAYS_FULL if code == "en" and lang != "en" else lx.WEEKDAYS.get(code, [])
        for idx, stem in enumerate(stems):
            wds.append((stem, idx))
    wd_alt = "|".join(f"(?P<w{n}_{k}>{stem})" for k, (stem, n) in enumerate(wds))
    b = r"(?<![\w])"
    e = r"(?![^\W\d_])"
    day_month = re.compile(
        # "am 15.12.\nMarta": a day that ends its line with a dot ends the sentence too.
        rf"{b}(?P<d>\d{{1,2}})(?:\.(?![^\S\n]*\n)|st|nd|rd|th|er|º|°|-?(?:e|a|go|ego))?\s*"
        rf"(?:de |of |-)?\s*"
        rf"(?:{month_alt})\w*\.?(?:'\w+)?(?:,?\s*(?:de |del )?(?P<y>\d{{4}})(?!\d))?",
    )
    month_day = re.compile(
        rf"{b}(?:{month_alt}){e}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[.,]\d)"
        rf"(?:,?\s*(?P<y>\d{{4}})(?!\d))?",
    )
    end_of_named = re.compile(
        rf"(?:end of|fin(?:ales)? de|fin|ende|fine|fim de|final de|eind|einde|koniec|końca|"
        rf"końcem|sfârșitul lunii|sfârșitul|slutet av|i slutet av|krajem|kraja)\s+"
        rf"(?:{month_alt}){e}|(?:{month_alt_b})\s*(?:sonu|sonuna)",
    )
    weekday = re.compile(rf"{b}(?:{wd_alt}){e}")
    return day_month, month_day, end_of_named, weekday


def _group_index(m: re.Match[str], prefix: str) -> int | None:
    for name, val in m.groupdict().items():
        if val is not None and name.startswith(prefix) and "_" in name:
            return int(name[1 : name.index("_")])
    return None


_ISO = re.compile(
    r"(?<![0-9A-Za-z_/.,-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9A-Za-z_/]|[.,-]\d)"
)
_DMY = re.compile(
    r"(?<![0-9A-Za-z_/.,-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9A-Za-z_/]|[.,-]\d)"
)
_DM = re.compile(
    r"(?<![0-9A-Za-z_/.,:-])(\d{1,2})([./])(\d{1,2})\.?(?![0-9A-Za-z_/:]|,\S|\.\d|-\d)"
)
_CJK_DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]")
_CJK_EOM = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:末日?|底)")
# The optional prefix carries its own spaces: a bare leading \s* is quadratic on blank runs.
_JA_WD = re.compile(r"(?:(来週|今週|再来週)\s*の?\s*)?([月火水木金土日])曜")
_ZH_WD = re.compile(
    r"(?:(下下|下|本|这|這)\s*(?:个)?\s*)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])"
)
_LAST = re.compile(
    r"(?:\blast|letzte[nrs]?|dernier|pasad[oa]|scors[oa]|passad[oa]|vorige|zeszł\w*|ostatni\w*|"
    r"trecut\w*|"
    r"förra|geçen|prošl\w*|上)\s*(?:\w+\s*)?$",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(lx.NEXT_WEEK)
_THIS_WEEK = re.compile(lx.THIS_WEEK)
_EONW = re.compile(lx.END_OF_NEXT_WEEK)
_EOW = re.compile(lx.END_OF_WEEK)
_EOM = re.compile(lx.END_OF_MONTH)
_NEXT_MONTH = re.compile(lx.NEXT_MONTH)
_NB = lx.LATIN_EDGE_BEFORE
_NA = lx.LATIN_EDGE_AFTER
_TOMORROW = re.compile(rf"{_NB}(?:{lx.TOMORROW}){_NA}")
_MORNING_NOT_TOMORROW = re.compile(
    r"(?:\b(?:esta|la|heute|guten|gestern|jeden|diesen|am|this|good)\s+)$", re.IGNORECASE
)
_DAT = re.compile(rf"{_NB}(?:{lx.DAY_AFTER_TOMORROW}){_NA}")
_TODAY = re.compile(rf"{_NB}(?:{lx.TODAY}){_NA}")
_IN_DAYS = re.compile(lx.IN_DAYS)
# "on the 15th": the next 15th (this month, else the next).
_EN_DAY_ONLY = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b(?! of)")
# "am 25.", "le 30", "no dia 20", "în plata din 28", "na 25.", "den 25:e", "ayın 25'inde": a
# bare day of the month after a preposition, ending its clause (so never "din 25 bucăți").
_BARE_DAY = re.compile(
    r"(?:\b(?:am|zum|bis zum|le|du|au|jusqu'au|el día|del día|el|del|al|para el|hasta el|il|"
    r"entro il|dal|dia|no dia|do dia|até (?:o )?dia|até|na|do|dnia|pe|din|până pe|până în|"
    r"den|till den|senast den|za|do|ayın)\s+|\bop de\s+(?=\d{1,2}(?:e|ste)\b))"
    # (not "du 3e": the third floor)
    r"(\d{1,2})(?:\.|(?<!du \d)(?<!du \d\d)e|ste|:e|"
    r"'?(?:i|ı|si|sı|inde|ında|sinde|sında|te|ta|de|da))?"
    r"(?=\s*(?:[,;!?)]|\.(?!\d)|$|\s(?:and|und|et|y|e|i|och|en|și|ve|a|but|aber|mais|pero|"
    r"ma|mas|maar|ale|dar|men|ama|ali|ödeme\w*|plat\w*|gezahlt|bezahlt|überwiesen)\b|"
    # "no dia 15 deste mês": the day of the current month
    r"\s(?:deste|de este|di questo|dieses|de ce|van deze|tego|acestei|denna|ovog) "
    r"(?:mês|mes|mese|monats|mois|maand|miesiąca|luni|månad|mjeseca)\b))"
)
# "ayın 20'sinde": "of the month" makes the day unambiguous, whatever follows.
_TR_DAY_OF_MONTH = re.compile(
    r"\bayın\s+(\d{1,2})(?:'?(?:i|ı|si|sı|inde|ında|sinde|sında|ine|ına))?"
)
_STRUCTURED = re.compile(lx.STRUCTURED_REFERENCE)
_SINCE = re.compile(
    r"(?:since|seit|depuis|desde|dal|da|desde o|sinds|od|de la|sedan|från|beri|od)\s*$"
)
_CJK_BARE_DAY = re.compile(
    r"(?<![\d月年/.-])(\d{1,2})\s*[日号號](?!\s*(?:以内|内|內|之内|間|间|后|後|前|営業|个|個|天|"
    r"分の))"
)
_CJK_IN_DAYS = re.compile(r"(\d{1,2})\s*(?:日|天|営業日|个工作日|個工作天)\s*(?:以内|内|內|之内)")


_RO_MONTHS_BEFORE = re.compile(
    r"(?:fiecărei|fiecare|ale|\d+|două|trei|patru|cinci|șase|câteva|multe|ultimele|următoarele)"
    r"\s+$"
)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


def _lower(text: str) -> str:
    """Lowercase without changing offsets (a few characters lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_dates(text: str, ref: dt.date, lang: str, *, us: bool = False) -> list[DateHit]:
    """Every date expression in text, resolved; past dates are returned too (callers filter)."""
    text = _lower(text)  # all patterns are lowercase: IGNORECASE is several times slower
    text = lx.blank(_STRUCTURED, text)
    hits: list[DateHit] = []
    spans: list[tuple[int, int]] = []

    def add(s: int, e: int, d: dt.date | None, kind: DateKind) -> None:
        if d is None or _overlaps(spans, s, e):
            return
        spans.append((s, e))
        hits.append(DateHit(s, e, d, kind))

    for m in _EONW.finditer(text):
        add(m.start(), m.end(), _week_of(ref, 4, 1), "relative")
    for m in _EOW.finditer(text):
        fri = _week_of(ref, 4, 0)
        add(m.start(), m.end(), fri if fri >= ref else _week_of(ref, 4, 1), "relative")
    for m in _EOM.finditer(text):
        window = text[max(0, m.start() - 25) : m.end() + 25]
        if _NEXT_MONTH.search(window):
            y, mo = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
            add(m.start(), m.end(), _last_day(y, mo), "relative")
        else:
            add(m.start(), m.end(), _last_day(ref.year, ref.month), "relative")
    for m in _CJK_EOM.finditer(text):
        cjk_month = int(m.group(2))
        if 1 <= cjk_month <= 12:
            near = (
                ref.year if cjk_month >= ref.month or ref.month - cjk_month <= 3 else ref.year + 1
            )
            cjk_year = int(m.group(1)) if m.group(1) else near
            add(m.start(), m.end(), _last_day(cjk_year, cjk_month), "absolute")
    for m in _CJK_DATE.finditer(text):
        d0 = (
            _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if m.group(1)
            else _no_year(ref, int(m.group(2)), int(m.group(3)))
        )
        add(m.start(), m.end(), d0, "absolute")
    for m in _ISO.finditer(text):
        add(
            m.start(), m.end(), _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))), "absolute"
        )
    for m in _DMY.finditer(text):
        a, b2, y = int(m.group(1)), int(m.group(3)), _year(int(m.group(4)))
        first, second = (
            (_safe(y, a, b2), _safe(y, b2, a)) if us else (_safe(y, b2, a), _safe(y, a, b2))
        )
        # The sender's order first; the other order only when the first is impossible (10/28).
        add(m.start(), m.end(), first or second, "absolute")
    day_month, month_day, end_of_named, weekday = _patterns(lang)
    for m in end_of_named.finditer(text):
        named = _group_index(m, "m")
        if named:
            year = ref.year if named >= ref.month or ref.month - named <= 3 else ref.year + 1
            add(m.start(), m.end(), _last_day(year, named), "absolute")
    for pat in (day_month, month_day):
        for m in pat.finditer(text):
            month = _group_index(m, "m")
            if not month:
                continue
            day = int(m.group("d"))
            written = m.group("y")
            add(
                m.start(),
                m.end(),
                _safe(int(written), month, day) if written else _no_year(ref, month, day),
                "absolute",
            )
    for m in _DM.finditer(text):
        a, b2 = int(m.group(1)), int(m.group(3))
        mo, day = (a, b2) if us and m.group(2) == "/" else (b2, a)
        if mo > 12 and m.group(2) == "/" and day <= 12:
            mo, day = day, mo
        if 1 <= mo <= 12 and 1 <= day <= 31:
            add(m.start(), m.end(), _no_year(ref, mo, day), "absolute")
    for m in _EN_DAY_ONLY.finditer(text):
        add(m.start(), m.end(), _next_day_of_month(ref, int(m.group(1))), "absolute")
    for pat_day in (_TR_DAY_OF_MONTH, _BARE_DAY, _CJK_BARE_DAY):
        for m in pat_day.finditer(text):
            if _SINCE.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "parado desde el día 3": a day in the past
            add(m.start(), m.end(), _next_day_of_month(ref, int(m.group(1))), "absolute")
    for m in _DAT.finditer(text):
        add(m.start(), m.end(), ref + dt.timedelta(days=2), "relative")
    for m in _TOMORROW.finditer(text):
        if _MORNING_NOT_TOMORROW.search(text[max(0, m.start() - 10) : m.start()]):
            continue  # "esta mañana", "por la mañana", "heute Morgen", "guten Morgen"
        add(m.start(), m.end(), ref + dt.timedelta(days=1), "relative")
    for m in _IN_DAYS.finditer(text):
        n = int(m.group(1))
        unit = m.group("unit").lower()
        weeks = unit.startswith(
            ("week", "sem", "woch", "sett", "wek", "tyg", "săpt", "veck", "tjed")
        )
        add(m.start(), m.end(), ref + dt.timedelta(days=n * 7 if weeks else n), "relative")
    for m in _CJK_IN_DAYS.finditer(text):
        add(m.start(), m.end(), ref + dt.timedelta(days=int(m.group(1))), "relative")
    for m in _JA_WD.finditer(text):
        wd = lx.JA_WEEKDAYS.index(m.group(2))
        add(m.start(), m.end(), _resolve_weekday(ref, wd, m.group(1) or "", text, m), "weekday")
    for m in _ZH_WD.finditer(text):
        ch = m.group(2)
        wd = 6 if ch in "日天" else lx.ZH_WEEKDAYS.index(ch)
        add(m.start(), m.end(), _resolve_weekday(ref, wd, m.group(1) or "", text, m), "weekday")
    for m in weekday.finditer(text):
        named_wd = _group_index(m, "w")
        if named_wd is None or (
            # Romanian "luni" is also "months": "în 4 luni", "pe 15 ale fiecărei luni".
            m.group(0).strip().endswith("luni")
            and _RO_MONTHS_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
        ):
            continue
        add(m.start(), m.end(), _resolve_weekday(ref, named_wd, "", text, m), "weekday")
    for m in _TODAY.finditer(text):
        add(m.start(), m.end(), ref, "today")
    absolute = [h for h in hits if h.kind == "absolute"]
    # "Monday 30 November", "vendredi 4 décembre": the weekday only names the date beside it.
    hits = [
        h
        for h in hits
        if h.kind != "weekday"
        or not any(-4 <= a.start - h.end <= 3 or -3 <= h.start - a.end <= 4 for a in absolute)
    ]
    hits.sort(key=lambda h: h.start)
    return hits


def _resolve_weekday(ref: dt.date, wd: int, marker: str, text: str, m: re.Match[str]) -> dt.date:
    """Bare weekday: strictly after ref; "next week" nearby: that week; "this week": this one."""
    if marker in ("来週", "下"):
        return _week_of(ref, wd, 1)
    if marker == "再来週" or marker == "下下":
        return _week_of(ref, wd, 2)
    if marker in ("今週", "本", "这", "這"):
        return _week_of(ref, wd, 0)
    before = text[max(0, m.start() - 30) : m.start()]
    after = text[m.end() : m.end() + 30]
    if _LAST.search(before[-14:]):
        return ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
    for window in (before, after):
        cut = re.split(r"[.;!?。！？\n]", window)
        window = cut[-1] if window is before else cut[0]
        if _NEXT_WEEK.search(window):
            return _week_of(ref, wd, 1)
        if _THIS_WEEK.search(window):
            d = _week_of(ref, wd, 0)
            return d if d > ref else _next_weekday(ref, wd)
    return _next_weekday(ref, wd)
