"""Time words: beside a pay verb they tell a payment made from one promised."""

from worker.maia.cues.shared import either

# "today", "yesterday", "this morning", "last week": a past or present payment time.
PAST_TIME = (
    r"(?:today|yesterday|this morning|last (?:week|friday|monday|night)|earlier today|aujourd'hui|"
    r"hier|ce (?:matin|jour)|heute|gestern|heute morgen|hoy|ayer|esta mañana|oggi|ieri|stamattina|"
    r"stamane|hoje|ontem|esta manhã|vandaag|gisteren|vanochtend|vanmorgen|dzisiaj|dziś|wczoraj|"
    r"rano|azi|astăzi|ieri|idag|igår|i går|i dag|i morse|bugün|dün|danas|jučer|jutros|本日|昨日|"
    r"今日|今天|昨天)"
)

# Words for time ahead: a pay verb beside one promises ("wir zahlen nächste Woche").
FUTURE_TIME = (
    r"tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    r"end of (?:the|this) month|this week|demain|semaine prochaine|fin du mois|d'ici|morgen|"
    r"übermorgen|nächste woche|ende (?:des|dieses|nächster)|kommende woche|mañana|semana que viene|"
    r"próxima semana|fin de mes|domani|prossima settimana|fine mese|settimana prossima|amanhã|"
    r"fim do mês|morgen|volgende week|eind van de maand|jutro|przyszłym tygodniu|do końca miesiąca|"
    r"mâine|săptămâna viitoare|sfârșitul lunii|imorgon|i morgon|nästa vecka|slutet av månaden|"
    r"yarın|gelecek hafta|haftaya|ay sonu|sutra|sljedeći tjedan|idući tjedan|do kraja mjeseca|明日|"
    r"来週|月末|明天|下周|月底"
)

# "tonight", "within the next", "spätestens", "début décembre": all languages.
_VAGUE_AHEAD = (
    r"tonight|this evening|later today|this week|within (?:the )?(?:next|coming)|in the course of|"
    r"ce soir|cette semaine|début (?:de |d')?\w+|d'ici|au plus tard|heute abend|diese woche|"
    r"im laufe d\w+|anfang \w+|spätestens|esta noche|esta semana|durante la próxima|a primeros de|"
    r"a más tardar|stasera|questa settimana|entro|hoje à noite|esta semana|até|vanavond|deze week|"
    r"uiterlijk|dziś wieczorem|w tym tygodniu|najpóźniej|diseară|săptămâna aceasta|cel târziu|"
    r"până (?:la|pe|vineri|luni)|ikväll|i kväll|denna vecka|den här veckan|under nästa vecka|"
    r"senast|bu akşam|bu hafta|önümüzdeki|hafta içinde|en geç|večeras|ovaj tjedan|tijekom|"
    r"najkasnije|今晚|今夜|本周|这周|月底前|下个月|下月|来月|今週中|月末まで|明日"
)

# "as soon as possible", "schnellstmöglich", "尽快": all languages.
_ASAP = (
    r"as soon as possible|asap|so bald wie möglich|schnellstmöglich|dès que possible|au plus vite|"
    r"lo antes posible|cuanto antes|al più presto|prima possibile|o mais rápido possível|"
    r"o quanto antes|zo snel mogelijk|zsm|jak najszybciej|cât mai curând|så snart som möjligt|"
    r"snarast|en kısa sürede|što prije|尽快|早急に|至急"
)


# Time ahead, including the vague kind ("tonight", "im Laufe des Dezembers", "début décembre").
FUTURE_TIME_BROAD = either(
    FUTURE_TIME,
    _VAGUE_AHEAD,
    _ASAP,
)
