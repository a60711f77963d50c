"""Contest words that contest nothing: an offer to help, an answer, a credit applied.

classify checks them before it calls a sentence a dispute.
"""

from worker.maia.cues.absence import RO_OUT_OF_OFFICE
from worker.maia.cues.shared import either

# An order, PO or project number (the reference an invoice must carry), all languages.
_REF_NOUN = (
    r"(?:bestellnummer|bestell-nr\.?|po number|purchase order(?: number)?|order number|referen\w*|"
    r"numéro de commande|n° de commande|número de pedido|numero d'ordine|número do pedido|"
    r"ordernummer|inkoopnummer|numer zamówienia|numărul comenzii|sipariş numarası|broj narudžbe|"
    r"projektnummer|project number|codice univoco)"
)

# "if there is any discrepancy, let me know": an offer to help; all languages.
_ANY_DISCREPANCY_OFFER = (
    r"(?:qualquer|quaisquer|caso haja|se houver|\bany\b|if there (?:is|are) (?:any|a)|"
    r"in case of (?:any|a)|should there be (?:any|a)|en cas d'|bei (?:eventuellen|etwaigen)|"
    r"cualquier|si hay (?:alguna)?|en caso de|qualsiasi|in caso di|eventuele|bij eventuele|"
    r"w razie (?:jakichkolwiek )?|orice|eventuella|vid eventuella|herhangi bir|bilo kakv\w*|"
    r"u slučaju)\s*(?:\w+ )?(?:divergência|discrepanc\w*|écart|abweichung\w*|unstimmigkeit\w*|"
    r"discrepancia|diferencia|discrepanza|differenz\w*|afwijking\w*|rozbieżnoś\w*|nieścisłoś\w*|"
    r"neconcordanț\w*|avvikelse\w*|tutarsızlık|odstupanj\w*|neslaganj\w*|problem\w*|"
    r"issue\w*)\b(?=[^.]{0,30}(?:let me know|let us know|me avise|nos avise|contact|avise|informe|"
    r"melden|avisez|prévenez|fatemi sapere|laat (?:het )?(?:me|ons) weten|daj\w* znać|anunța\w*|"
    r"hör av|bildir\w*|javite|javi|kontakt|知らせ|告知|联系))"
)

# Spanish "contestar" is "to answer" ("le contestaremos en breve"): no contest.
_ES_ANSWER = (
    r"\b(?:le|les|te|os|nos|lo|la|me) contest(?:ar|aremos|aré|ará|amos|o|a)\w*|"
    r"\bcontestar(?:le|les|te|os)\b|\bcontestaremos (?:a (?:su|tu)|en breve|pronto|lo antes)"
)

# "dirijan sus reclamaciones a …": where to send claims; es.
_ES_CLAIMS_ELSEWHERE = r"\b(?:dirig\w*|envi\w*|mand\w*|remit\w*) (?:las |sus |tus )?reclamaciones a"

# "minus kreditfakturan 7100044": a credit note applied, not contested; all languages.
_CREDIT_APPLIED = (
    r"\b(?:minus|less|net of|after deducting|abzüglich|unter abzug|déduction faite d\w*|moins|"
    r"menos|descontando|meno|dedotto|verminderd met|min|pomniejszon\w* o|după deducerea|"
    r"med avdrag för|efter avdrag för|eksi|umanjen\w* za)\s+(?:the |die |der |de |la |el |il |a |"
    r"o |den |det |l')?(?:credit ?note|gutschrift|avoir|nota de cr[ée]dito|nota di credito|"
    r"creditnota|korekt\w*|nota de credit|notei de credit|kreditfaktura\w*|kreditnota\w*|"
    r"iade fatura\w*|knjižn\w* odobrenj\w*)\w*"
)

# "fehlt uns die Liquidität", "nos falta liquidez": cash flow, not missing goods; all languages.
_LACK_OF_FUNDS = (
    r"(?:fehlt|fehlen|fehlte)\s+(?:uns\s+)?(?:\w+\s+){0,2}?(?:die\s+)?(?:liquidität|mittel|geld)|"
    r"\b(?:lack|short of) (?:the )?(?:funds|liquidity|cash)|"
    r"manque (?:de )?(?:trésorerie|liquidités|fonds)|(?:nos )?falta (?:de )?(?:liquidez|fondos)|"
    r"(?:ci )?manca (?:la )?liquidità|falta(?:-nos)? (?:de )?liquidez|"
    r"ontbreekt (?:ons )?(?:het )?(?:geld|liquiditeit)|brakuje (?:nam )?(?:płynności|środków)|"
    r"(?:ne )?lipsesc (?:fondurile|lichiditățile|banii)|saknar (?:vi )?(?:likviditet|pengar)|"
    r"nedostaje (?:nam )?(?:likvidnosti|sredstava|novca)"
)

# "le contesten": answer, es.
_ES_ANSWER_MORE = r"\b(?:le|les|te|os|nos|lo|la|me) contest(?:en|an|e)\b"

# A direct debit returned, "only the payment is missing", "not to pay twice": all languages.
_NOT_A_CONTEST = (
    r"\b(?:gestorneerd|storniert|rückbelastet|rejected by the bank|returned by the bank|"
    r"fehlt nur noch die zahlung|only the payment is missing|já deduzida a nota de crédito|"
    r"deduzida a nota de crédito|déduction faite de l'avoir|descontado el abono|(?:innan|"
    r"before) (?:vi )?(?:råkar )?(?:betala|pay(?:ing)?) (?:två gånger|twice)|(?:betala|"
    r"pay) (?:två gånger|twice) (?:av misstag|by mistake))\b"
)

# "received in full", "no longer short": en.
_RECEIVED_IN_FULL = r"\b(?:only )?received in full\b|\bin full last\b|\bno longer short\b"

# "los 300 € que faltan", "que faltan por pagar": the rest still to pay; es.
_STILL_TO_PAY = r"\d\s?(?:€|eur)? que faltan\b|\bque (?:nos )?faltan? por pagar\b|\bfaltantes?\b"

# "the credit note was taken into account", "por no contestar antes": eight languages.
_CREDIT_TAKEN_INTO_ACCOUNT = (
    r"\b(?:faktur\w* korygując\w*|credit note|gutschrift|avoir|nota de cr[eé]dito|"
    r"creditnota)\b[^.]{0,30}\b(?:uwzględniliśmy|berücksichtigt|pris en compte|tenido en cuenta|"
    r"tenuto conto|considerad[ao]|verwerkt|taken into account|applied|deducted)\b|\bno contestar\b|"
    r"\bpor no contestar antes\b"
)

# "die Bestellnummer fehlt", "missing PO number": a reference missing, not a contest; all languages.
_MISSING_REFERENCE = (
    rf"\b{_REF_NOUN}\w*\s+(?:\w+\s+){{0,2}}?(?:fehlt\w*|missing|manqu\w*|falta\w*|manca\w*|"
    r"ontbr\w*|brak\w*|lips\w*|sakna\w*|eksik|nedosta\w*)|\b(?:fehlt\w*|missing|manqu\w*|falta\w*|"
    r"manca\w*|ontbr\w*|brak\w*|lips\w*|sakna\w*|nedosta\w*)\s+(?:\w+\s+){0,2}?(?:the |die |der |"
    rf"la |le |el |il |de |het )?{_REF_NOUN}"
)


# Not a contest, whatever contest word it carries: an offer to help, an answer, a credit applied.

# Round 10: "facturas y reclamaciones a otra dirección", "dad de baja la reclamación": es pt it en.
_ROUTING_OR_CANCEL_REMINDER = (
    r"\b(?:facturas|invoices|factures|rechnungen|fatture|faturas|facturen) (?:y|and|et|und|e|en) "
    r"(?:reclamaci\w+|complaints|claims|réclamations|reklamationen|reclami|reclamações|"
    r"klachten)\b|\b(?:dar|dad|den|de|dé) de baja (?:la|el) (?:reclamación|aviso|recordatorio)\b"
)


# Round 10f: "las reclamaciones de facturas deben enviarse a": es.
_COMPLAINTS_GO_TO = (
    r"\breclamaci\w+ (?:de facturas )?(?:deben|tienen que|han de) (?:enviarse|dirigirse|ir|"
    r"presentarse)\b"
)

ANY_DISCREPANCY = either(
    _ANY_DISCREPANCY_OFFER,
    _ES_ANSWER,
    _ES_CLAIMS_ELSEWHERE,
    _CREDIT_APPLIED,
    _LACK_OF_FUNDS,
    RO_OUT_OF_OFFICE,
    _ES_ANSWER_MORE,
    _NOT_A_CONTEST,
    _RECEIVED_IN_FULL,
    _STILL_TO_PAY,
    _CREDIT_TAKEN_INTO_ACCOUNT,
    _MISSING_REFERENCE,
    _ROUTING_OR_CANCEL_REMINDER,
    _COMPLAINTS_GO_TO,
)

# "instead of this address": a new address, not a wrong price.
INSTEAD_OF_ADDRESS = (
    r"(?:instead of|rather than|au lieu de|statt|anstatt|en lugar de|en vez de|anziché|invece di|"
    r"em vez de|in plaats van|zamiast|în loc de|istället för|yerine|umjesto) (?:to |an |à |a |aan |"
    r"na |la |till |para |per )?(?:this|the current|my|our|cette|diese[rnm]?|meine[rnm]?|esta|este|"
    r"mi|questa|questo|mio|mia|deze|dit|mijn|ten|ta|mój|moj\w*|această|acest|denna|detta|min|bu|"
    r"ovu|ovaj)? ?(?:e-?mail\w*|address\w*|adress\w*|mailbox|inbox|casella|indirizzo|dirección|"
    r"buzón|correo|endereço|caixa|adres\w*|skrzynk\w*|adresă|adresa|brevlåda|posta|contact\w*|"
    r"persoa|person|personne|persona)|"
    # "sturen naar dat adres in plaats van naar mij": send to another address, not to me.
    r"(?:instead of|rather than|au lieu de|statt|en lugar de|en vez de|anziché|invece che|"
    r"em vez de|in plaats van|zamiast|în loc de|istället för|umjesto) (?:to|à|an|a|naar|do|"
    r"la|till|na) (?:me|mij|mich|mí|moi|me|mim|mnie|mine|mig|mene)\b"
)
