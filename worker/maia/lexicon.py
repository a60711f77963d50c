"""Calendar words of the 14 languages (months, weekdays, relative expressions) as regexes."""

from __future__ import annotations

import re
from typing import Protocol


class _Substitutes(Protocol):
    def sub(self, repl: str | _Repl, text: str) -> str: ...


class _Repl(Protocol):
    def __call__(self, m: re.Match[str], /) -> str: ...


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def blank(pattern: _Substitutes, text: str) -> str:
    """`text` with every match of `pattern` turned into spaces: offsets into it stay valid."""
    return pattern.sub(_spaces, text)


# Month stems per language, index 1..12; a stem matches its inflected forms (grudnia, Aralık'a).
MONTHS: dict[str, list[str]] = {
    "en": [
        "jan(?:uary)?",
        "feb(?:ruary)?",
        "mar(?:ch)?",
        "apr(?:il)?",
        "may",
        "june?",
        "july?",
        "aug(?:ust)?",
        "sep(?:t(?:ember)?)?",
        "oct(?:ober)?",
        "nov(?:ember)?",
        "dec(?:ember)?",
    ],
    "fr": [
        "janv(?:ier)?",
        "févr(?:ier)?|fevrier",
        "mars",
        "avr(?:il)?",
        "mai",
        "juin",
        "juil(?:let)?",
        "août|aout",
        "sept(?:embre)?",
        "oct(?:obre)?",
        "nov(?:embre)?",
        "déc(?:embre)?|decembre",
    ],
    "de": [
        "januar|jänner",
        "februar",
        "märz|maerz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre|setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março|marco",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "styczeń|stycznia|styczniu",
        "luty|lutego|lutym",
        "marzec|marca|marcu",
        "kwiecień|kwietnia|kwietniu",
        "maj|maja|maju",
        "czerwiec|czerwca|czerwcu",
        "lipiec|lipca|lipcu",
        "sierpień|sierpnia|sierpniu",
        "wrzesień|września|wrześniu",
        "październik|października|październiku",
        "listopad|listopada|listopadzie",
        "grudzień|grudnia|grudniu",
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "tr": [
        "ocak",
        "şubat|subat",
        "mart",
        "nisan",
        "mayıs|mayis",
        "haziran",
        "temmuz",
        "ağustos|agustos",
        "eylül|eylul",
        "ekim",
        "kasım|kasim",
        "aralık|aralik",
    ],
    "hr": [
        "siječanj|siječnja|siječnju",
        "veljača|veljače|veljači",
        "ožujak|ožujka|ožujku",
        "travanj|travnja|travnju",
        "svibanj|svibnja|svibnju",
        "lipanj|lipnja|lipnju",
        "srpanj|srpnja|srpnju",
        "kolovoz|kolovoza|kolovozu",
        "rujan|rujna|rujnu",
        "listopad|listopada|listopadu",
        "studeni|studenoga|studenog|studenom",
        "prosinac|prosinca|prosincu",
    ],
}

# Weekdays, Monday=0, with the inflections that follow prepositions (w piątek, u petak, cumaya).
_PT_ORDINAL = (
    r"(?!\s+(?:parcela|prestação|vez|via|parte|fatura|nota|opção|semana|quinzena|etapa|"
    r"tranche|remessa|cobrança|metade|transferência))"
)
WEEKDAYS: dict[str, list[str]] = {
    "en": [
        "mon(?:day)?",
        "tue(?:s|sday)?",
        "wed(?:nesday)?",
        "thu(?:rs?|rsday)?",
        "fri(?:day)?",
        "saturday",
        "sunday",
    ],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": [
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag|sonnabend",
        "sonntag",
    ],
    "es": [
        "lunes",
        "martes",
        "miércoles|miercoles",
        "jueves",
        "viernes",
        "sábado|sabado",
        "domingo",
    ],
    "it": [
        "lunedì|lunedi",
        "martedì|martedi",
        "mercoledì|mercoledi",
        "giovedì|giovedi",
        "venerdì|venerdi",
        "sabato",
        "domenica",
    ],
    # "segunda parcela", "quinta vez": the bare weekday names are also ordinals before a noun.
    "pt": [
        "segunda(?:-feira|" + _PT_ORDINAL + ")",
        "terça(?:-feira|" + _PT_ORDINAL + ")|terca(?:-feira|" + _PT_ORDINAL + ")",
        "quarta(?:-feira|" + _PT_ORDINAL + ")",
        "quinta(?:-feira|" + _PT_ORDINAL + ")",
        "sexta(?:-feira|" + _PT_ORDINAL + ")",
        "sábado|sabado",
        "domingo",
    ],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "pl": [
        "poniedziałek|poniedziałku|poniedzialek|poniedzialku",
        "wtorek|wtorku",
        "środa|środę|środy|środzie|sroda|srode|srody|srodzie",
        "czwartek|czwartku",
        "piątek|piątku|piatek|piatku",
        "sobota|sobotę|soboty|sobote",
        "niedziela|niedzielę|niedzieli|niedziele",
    ],
    "ro": [
        "luni",
        "marți|marti",
        "miercuri",
        "joi",
        "vineri",
        "sâmbătă|sambata|sâmbăta",
        "duminică|duminica",
    ],
    "sv": [
        "(?:måndag|mandag)(?:en)?",
        "tisdag(?:en)?",
        "onsdag(?:en)?",
        "torsdag(?:en)?",
        "fredag(?:en)?",
        "(?:lördag|lordag)(?:en)?",
        "(?:söndag|sondag)(?:en)?",
    ],
    # Turkish takes case suffixes on the weekday itself: cumaya, pazartesiye, salıdan.
    "tr": [
        "pazartesi(?:y?[ae]|den)?",
        "(?:salı|sali)(?:y?[ae]|dan)?",
        "(?:çarşamba|carsamba)(?:y?[ae]|dan)?",
        "(?:perşembe|persembe)(?:y?[ae]|den)?",
        "cuma(?!rtesi)(?:y?[ae]|dan)?",
        "cumartesi(?:y?[ae]|den)?",
        "pazar(?!tesi)(?:y?[ae]|dan)?",
    ],
    "hr": [
        "ponedjeljak|ponedjeljka|ponedjeljku",
        "utorak|utorka|utorku",
        "srijeda|srijedu|srijede|srijedi",
        "četvrtak|četvrtka|četvrtku|cetvrtak|cetvrtka|cetvrtku",
        "petak|petka|petku",
        "subota|subotu|subote",
        "nedjelja|nedjelju|nedjelje",
    ],
}
# Dutch "nu" ("now") after these words, where the Romanian "nu" would be a negation:
# "ik heb hem nu klaargezet". (Not "tot": Romanian "tot nu am primit" is "still not".)
DUTCH_NU_AFTER = (
    "hem",
    "het",
    "is",
    "heb",
    "hebben",
    "zijn",
    "ik",
    "we",
    "wij",
    "en",
    "staat",
    "wordt",
    "ligt",
)
ROMANIAN_NU = "".join(f"(?<!{w} )" for w in DUTCH_NU_AFTER) + r"\bnu\b"
DUTCH_NU = rf"\b(?:{'|'.join(DUTCH_NU_AFTER)}) nu\b"

EN_WEEKDAYS_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
JA_WEEKDAYS = "月火水木金土日"
ZH_WEEKDAYS = "一二三四五六日"  # 周日 / 星期天 also Sunday

NEXT_WEEK = (
    r"next week|the following week|week after|semaine prochaine|prochaine semaine|"
    r"semaine suivante|nächste[nr]? woche|kommende[nr]? woche|folgende[nr]? woche|"
    r"semana que viene|próxima semana|proxima semana|semana próxima|semana siguiente|"
    r"prossima settimana|settimana prossima|settimana successiva|semana que vem|"
    r"volgende week|komende week|przyszłym tygodniu|przyszły tydzień|następnym tygodniu|"
    r"przyszłego tygodnia|kolejnym tygodniu|săptămâna viitoare|saptamana viitoare|"
    r"săptămâna următoare|săptămânii viitoare|nästa vecka|kommande vecka|gelecek hafta|"
    r"haftaya|önümüzdeki hafta|sljedeći tjedan|sljedećeg tjedna|idući tjedan|idućeg tjedna|"
    r"slijedeći tjedan|sljedećem tjednu|idućem tjednu|来週|下周|下星期|下礼拜|下禮拜"
)
THIS_WEEK = (
    r"this week|cette semaine|diese[rn]? woche|esta semana|questa settimana|nesta semana|"
    r"deze week|w tym tygodniu|tego tygodnia|săptămâna aceasta|săptămâna asta|"
    r"săptămâna curentă|denna vecka|den här veckan|i veckan|bu hafta|ovaj tjedan|"
    r"ovog tjedna|ovom tjednu|今週|本周|这周|這週|这个星期|本星期"
)
END_OF_NEXT_WEEK = (
    r"end of next week|end of the following week|ende (?:der )?nächste[nr]? woche|"
    r"ende kommende[nr]? woche|fin de la semaine prochaine|fin de semaine prochaine|"
    r"finales de la próxima semana|final de la próxima semana|fin de la próxima semana|"
    r"finales de la semana que viene|final de la semana que viene|"
    r"fine della prossima settimana|fine settimana prossima|"
    r"final da próxima semana|fim da próxima semana|final da semana que vem|"
    r"eind volgende week|eind van volgende week|einde van volgende week|"
    r"koniec przyszłego tygodnia|końca przyszłego tygodnia|końcem przyszłego tygodnia|"
    r"sfârșitul săptămânii viitoare|sfarsitul saptamanii viitoare|finalul săptămânii viitoare|"
    r"slutet av nästa vecka|gelecek haftanın sonu|gelecek hafta sonuna|önümüzdeki haftanın sonu|"
    r"kraj sljedećeg tjedna|kraja sljedećeg tjedna|krajem sljedećeg tjedna|"
    r"krajem idućeg tjedna|kraja idućeg tjedna|来週末|下周末|下週末"
)
END_OF_WEEK = (
    r"end of (?:the|this) week|ende (?:der|dieser) woche|fin de (?:la |cette )?semaine|"
    r"finales de (?:la |esta )?semana|fine (?:della |di questa )?settimana|"
    r"final d[ae] semana|fim d[ae] semana|eind van de(?:ze)? week|eind deze week|"
    r"końca tygodnia|koniec tygodnia|końcem tygodnia|sfârșitul săptămânii|"
    r"slutet av veckan|bu haftanın sonu|bu hafta sonuna|kraja tjedna|krajem tjedna|"
    r"今週末|本周末|这周末|週末まで|周末前"
)
END_OF_MONTH = (
    r"end of (?:the |this )?month|month[- ]end|end of the current month|"
    r"fin (?:du|de|de ce) mois|fin du mois en cours|ende (?:des|dieses) monats|monatsende|"
    r"ende monat|ende (?:des )?monat|end of month|"
    r"ende des laufenden monats|fin(?:al)?(?:es)? de(?:l)? mes|fine (?:del )?mese|"
    r"fim do mês|final do mês|fim do mes|final do mes|eind(?:e)? (?:van )?de(?:ze)? maand|"
    r"einde maand|eind deze maand|koniec miesiąca|końca miesiąca|końcem miesiąca|"
    r"sfârșitul lunii|sfarsitul lunii|finalul lunii|sfârșitul acestei luni|"
    r"slutet av månaden|månadens slut|månadsskiftet|ay sonu|ayın sonu|ay sonuna|"
    r"kraj(?:a|em)? (?:ovog |tekućeg )?mjeseca|月末|月底|本月底|本月末|今月末"
)
NEXT_MONTH = (
    r"next month|mois prochain|nächste[nr]? monat|próximo mes|mes que viene|"
    r"prossimo mese|mese prossimo|próximo mês|mês que vem|volgende maand|"
    r"przyszłego miesiąca|przyszłym miesiącu|luna viitoare|lunii viitoare|nästa månad|"
    r"gelecek ay|önümüzdeki ay|sljedećeg mjeseca|idućeg mjeseca|来月|下月|下个月"
)
TOMORROW = (
    r"tomorrow|tmrw|tmrow|2moro|demain|morgen|mañana|domani|amanhã|amanha|jutro|mâine|maine|"
    r"imorgon|"
    r"i morgon|yarın|yarin|sutra|明日|あした|明天"
)
DAY_AFTER_TOMORROW = (
    r"day after tomorrow|après-demain|apres-demain|übermorgen|pasado mañana|dopodomani|"
    r"depois de amanhã|overmorgen|pojutrze|poimâine|i övermorgon|övermorgon|öbür gün|"
    r"prekosutra|明後日|あさって|后天"
)
TODAY = (
    r"this morning|ce matin|ce jour|heute morgen|esta mañana|stamattina|hoje de manhã|vanochtend|"
    r"dziś rano|azi dimineață|i morse|bu sabah|jutros|今朝|"
    r"今天上午|today|aujourd'hui|aujourd’hui|heute|"
    r"hoy|oggi|hoje|vandaag|dzisiaj|dziś|dzis|astăzi|"
    r"azi|idag|i dag|bugün|danas|本日|今日|今天"
)
# "in 10 days", "binnen 14 dagen", "w ciągu 7 dni", "10日以内", "10天内"
IN_DAYS = (
    r"(?:in|within|dans|sous|in|innerhalb von|binnen|en|dentro de|tra|fra|entro|em|"
    r"over|w ciągu|za|în|peste|inom|om|u roku od)\s+(\d{1,2})\s+"
    r"(?P<unit>days?|business days|working days|jours?|tagen?|werktagen|días|dias|giorni|"
    r"dagen|werkdagen|dni|zile|dagar|dana|weeks?|semaines?|wochen|semanas|settimane|"
    r"weken|tygodni(?:e)?|săptămâni|veckor|tjedna)"
)

# Word edges for Latin script only: CJK has no spaces ("今天已先付", "明天上午给您转过去").
LATIN_EDGE_BEFORE = r"(?<![^\W\d_\u3000-\u9fff\uff00-\uffef])"
LATIN_EDGE_AFTER = r"(?![^\W\d_\u3000-\u9fff\uff00-\uffef])"
# Belgian structured payment reference "+++090/1234/56789+++": neither a date nor a document.
STRUCTURED_REFERENCE = r"\+\+\+[\d/ ]{10,16}\+\+\+|\*\*\*[\d/ ]{10,16}\*\*\*"
