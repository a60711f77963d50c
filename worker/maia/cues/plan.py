"""Payment plans: instalments, splits, a number of payments."""

from worker.maia.cues.shared import either

# "every month", "chaque mois", "毎月": all languages.
_EVERY_MONTH = (
    r"each month|every month|per month|chaque mois|tous les mois|jeden monat|cada mes|ogni mese|"
    r"todo mês|todos os meses|elke maand|co miesiąc|în fiecare lună|varje månad|her ay|"
    r"svaki mjesec|毎月|每月"
)

# "instalments", "échéancier", "Ratenzahlung", "分期": all languages.
_INSTALMENTS = (
    r"instal+ments?|monthly (?:payments|instal)|payment plan|payment schedule\b|"
    r"in (?:\w+ )?(?:equal )?(?:monthly )?(?:parts|tranches)|échéancier(?! fournisseurs)|"
    r"mensualités|"
    r"en (?:\w+ )?(?:fois|versements)|paiement échelonné|ratenzahlung|raten\b|in \w+ raten|"
    r"monatsraten|plazos|cuotas|fraccionad|rateizza\w*|rate mensili|in \w+ rate|parcelas|"
    r"parcelad\w*|prestações|termijnen|betalingsregeling|afbetalingsregeling|\braty\b|ratach|"
    r"ratalnie|rozłożeni\w* na raty|în rate|rate lunare|eșalonare|avbetalning\w*|delbetalningar|"
    r"amorteringsplan|taksit\w*|obroc\w*|obročn\w*|otplat\w*|分割|分期"
)

# "three payments", "drei Raten", "分三次": a number of payments, all languages.
_N_PAYMENTS = (
    r"\b(?:two|three|four|five|six|[2-9]) (?:\w+ )?(?:payments|instal+ments|parts)|"
    r"\b(?:dos|tres|cuatro|cinco|seis|[2-9]) (?:pagos|cuotas|abonos)|"
    r"\b(?:deux|trois|quatre|cinq|six|[2-9]) (?:paiements|versements|échéances)|"
    r"\b(?:zwei|drei|vier|fünf|sechs|[2-9]) (?:zahlungen|raten|teilzahlungen|teilbeträgen)|"
    r"\b(?:due|tre|quattro|cinque|sei|[2-9]) (?:pagamenti|rate|versamenti)|"
    r"\b(?:dois|duas|três|quatro|cinco|seis|[2-9]) (?:pagamentos|parcelas|prestações)|"
    r"\b(?:twee|drie|vier|vijf|zes|[2-9]) (?:betalingen|termijnen|delen)|"
    r"\b(?:dwie|trzy|cztery|pięć|sześć|[2-9]) (?:raty|płatności|wpłaty|transze)|"
    r"\b(?:două|trei|patru|cinci|șase|[2-9]) (?:plăți|rate|tranșe)|"
    r"\b(?:två|tre|fyra|fem|sex|[2-9]) (?:betalningar|delbetalningar|delar)|"
    r"\b(?:iki|üç|dört|beş|altı|[2-9]) (?:taksit\w*|ödeme\w*|parça\w*)|"
    r"\b(?:dva|dvije|tri|četiri|pet|šest|[2-9]) (?:rate|obroka|uplate|dijela)|"
    r"[2-9二三四五六]回(?:に分け|払い|分割)|分[2-9两二三四五六]次|分[2-9两二三四五六]期|第一期|首期"
)

# "split the payment", "étaler le paiement", "dilazione": all languages.
_SPLIT_THE_PAYMENT = (
    r"split (?:the |this |our )?(?:payment|amount|invoice|balance|sum|it)|"
    r"spread (?:the |this )?(?:payment|amount|balance|cost)s? over|échelonn\w*|"
    r"étaler (?:le|les|ce) (?:paiement|règlement|montant)|in (?:zwei|drei|vier|fünf|sechs|"
    r"\d) (?:teilen|tranchen|teilbeträgen)|auf (?:zwei|drei|vier|fünf|sechs|"
    r"\d) monate (?:verteilen|aufteilen)|dividir (?:el|o) (?:pago|pagamento|importe|monto|valor)|"
    r"parcialidades|mensualidades|fraccionar|plan de pagos|dividere (?:il )?(?:pagamento|importo)|"
    r"in (?:due|tre|quattro|\d) tranche|dilazion\w*|em (?:duas|três|quatro|cinco|\d) vezes|"
    r"parcelamento|(?:splitsen|opsplitsen|spreiden)|in (?:twee|drie|vier) delen|"
    r"podzielić (?:płatność|kwotę|należność)|rozłoż\w*|împărți(?:m)? plata|eșalon\w*|"
    r"dela upp (?:betalningen|beloppet)|avbetalningsplan|bölebilir|taksitlendir\w*|"
    r"podijeliti (?:plaćanje|iznos|uplatu)|[2-9二三四五六]回に分け|分割(?:で|払い)|"
    r"分(?:[2-9两二三四五六])次(?:支付|付款)"
)

# "dela upp det", "over three months": all languages.
_OVER_N_MONTHS = (
    r"dela upp (?:det|den|summan|fakturan)|(?:på|over|über|en|in|em|na|în|over|u) (?:två|tre|fyra|"
    r"fem|sex|two|three|four|five|six|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro|duas|três|"
    r"quatro|twee|drie|vier|dwa|trzy|cztery|două|trei|patru|dva|tri|četiri|[2-9]) (?:månader|"
    r"months|monate|meses|mesi|maanden|miesiące|luni|mjeseca|ay)\b"
)

# "spread the balance over a few months", "afbetalingsplan", "parcelar em 3x": all languages.
_SPREAD_OVER = (
    r"\bspread (?:the |our )?(?:\w+ )?(?:balance|amount|payment|debt)\w* over\b|"
    r"\bpay (?:it )?off (?:gradually|in stages)|\bafbetalingsplan\w*|\bafbetalingsregeling\w*|"
    r"\bparcelar\b|\bparcelad[oa]\b|\bem \d+x\b|\bdela upp (?:skulden|beloppet|betalningen)|"
    r"\bmånadsbetalningar\b|\bdelbetalningar\b|\btaksitlendir\w*|\bna rate\b|\bna raty\b|"
    r"\bin rate\b|\ba rate mensili\b|\brateizz\w*|\bfraccionar\b|\bratenzahlung\w*|"
    r"\bpaiement en plusieurs fois\b|\béchelonner\b|\bîn rate\b|\beșalona\w*|\bobroč\w*|分割|分期"
)

# "u ratama", "分三个月": hr zh.
_HR_ZH_RATES = (
    r"\bu ratama\b|\bmjesečn\w* rat\w*|\brat[ae] po\b|分[两三四五六七八九十\d]{1,2}个?月|"
    r"分[两三四五六]次(?:付|支付|付清)"
)

# "not in one go", "nicht auf einmal": a plan, all languages.
_NOT_IN_ONE_GO = (
    r"\b(?:nicht|not|pas|no|non|não|niet|nie|nu|inte|ne)\b (?:\w+ ){0,3}?(?:auf einmal|in one go|"
    r"all at once|at once|en une (?:seule )?fois|de una vez|in un'unica soluzione|"
    r"de uma (?:só )?vez|in één keer|jednorazowo|dintr-o dată|på en gång|odjednom)\b|"
    r"\btek seferde ödeyemiyoruz\b"
)

# "ödeme planı": tr.
_TR_PAYMENT_PLAN = r"\bödeme planı\b|\bödeme plan\w* öneri\w*"


# A payment plan: instalments, a split over months, a number of payments.

# Round 10: "delar upp det så här", "teilen es so auf": a proposed split.
_SPLIT_IT_LIKE_THIS = r"\bdelar upp (?:det|den|summan|beloppet|fakturan|betalningen)\b"


# Round 10l: "prvu ratu bismo uplatili do 15.12.", "la prima rata il 5": a first instalment
# with its date (not "la prima rata del leasing").
_FIRST_INSTALMENT = (
    r"(?:\bfirst instal+ment\b|\berste rate\b|\bpremière échéance\b|\bpremier versement\b|"
    r"\bprimer plazo\b|\bprimera cuota\b|\bprima rata\b|\bprimeira (?:prestação|parcela)\b|"
    r"\beerste termijn\b|\bpierwsz\w+ rat\w*|\bprima rată\b|\bförsta delbetalning\w*|"
    r"\bilk taksit\w*|\bprv\w+ rat\w+)[^.\d]{0,25}\d"
)

PLAN = either(
    _EVERY_MONTH,
    _INSTALMENTS,
    _N_PAYMENTS,
    _SPLIT_THE_PAYMENT,
    _OVER_N_MONTHS,
    _SPREAD_OVER,
    _HR_ZH_RATES,
    _NOT_IN_ONE_GO,
    _TR_PAYMENT_PLAN,
    _SPLIT_IT_LIKE_THIS,
    _FIRST_INSTALMENT,
)
