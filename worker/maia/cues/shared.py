"""Word lists and helpers several cue modules share, defined once so every cue spells them alike."""

from worker.maia.prefilter import Cue


def either(*families: str) -> str:
    """One alternation of the families, in order (re.search tries the branches left
    to right, so order decides which span a sentence yields)."""
    return "|".join(families)


def compile_cue(source: str) -> Cue:
    """A cue regex for LOWERCASED text (IGNORECASE makes these alternations 4-5x slower),
    behind a prefilter of the literals every match must contain."""
    return Cue(source)


# Any character but a sentence end; a dot inside a word ("ap@buyer.example") is no end.
SPAN = r"(?:[^.\n]|\.(?=\w))"

# A credit note is what the customer waits for: its absence is a dispute, never a copy request.
CREDIT_WORD = (
    r"credit ?note|credit memo|avoir|gutschrift|nota de cr[ée]dito|nota di credito|creditnota|"
    r"korekt\w*|korygując\w*|nota de credit|notă de credit|kreditnota|kreditfaktura|iade fatura\w*|"
    r"odobrenj\w*|赤伝|红字"
)

# A credit note or a corrected invoice (a group): what a payment or a contest waits on.
CREDIT_DOC = (
    r"(?:credit ?not\w*|credit memo|gutschrift\w*|avoir|nota de cr[ée]dit\w*|nota di credito|"
    r"creditnota|korekt\w*|nota de credit|notă de credit|notei de credit|factur\w* de stornare|"
    r"stornare|kreditnota\w*|kreditfaktura\w*|iade fatura\w*|alacak dekont\w*|"
    r"knjižn\w* odobrenj\w*|corrected invoice|korrigierte\w* rechnung|facture rectificative|"
    r"factura rectificativa|fattura corrett\w*|fatura corrigida|gecorrigeerde factuur|"
    r"poprawion\w* faktur\w*|faktur\w* korygując\w*|korrigerad faktura|düzeltilmiş fatura|"
    r"ispravljen\w* račun\w*)"
)

# Payment nouns and bank words that evidence a payment in each country.
PAY_WORD = (
    r"payments?\b|transfer\b|wire\b|remittance|bacs|neft|rtgs|imps|utr\b|ach\b|virement|paiement|"
    r"règlement|zahlung|überweisung|sepa|transferencia|pago\b|ingreso\b|bonifico|pagamento|"
    r"transferência|pix\b|boleto|\bted\b|overboeking|betaling|przelew\w*|wpłat\w*|płatność|plata\b|"
    r"ordin(?:ul)? de plată|\bop\b|betalning\w*|bankgiro\w*|plusgiro|swish|ocr\b|ödeme\w*|"
    r"havale\w*|eft\b|uplat\w*|plaćanje|virman\w*|振込|振り込み|送金|入金|转账|汇款|付款|打款"
)

# The word for an invoice, all languages.
INVOICE_WORD = r"invoice|factur|rechnung|fattura|fatura|factuur|faktur|račun|请求書|請求書|发票"

# A pay action: the verbs and nouns of paying, transferring, sending money.
PAY_ACTION = (
    r"\b(?:pay|paying|payment|transfer|wire|remit|settle|send (?:you )?(?:the )?(?:money|payment|"
    r"funds|cheque|check)|cheque|zahl\w*|überweis\w*|begleich\w*|payer|paiement|règlement|régler|"
    r"réglerons|virement|virer|chèque|pag\w+|transfer\w+|deposit\w*|abon\w+|bonific\w*|versa\w*|"
    r"pix|boleto|betal\w*|overmak\w*|overboek\w*|overschrijving|płac\w*|płat\w*|zapłac\w*|"
    r"przelew\w*|plăt\w*|plat[aăi]\w*|achit\w*|vir\w+|swish\w*|bankgiro|ödeme\w*|öde\w*|havale|eft|"
    r"uplat\w*|plać\w*|platit\w*)\b|振込|振り込|支払|払|转过去|转账|转给|汇款|付款|支付|打款|到账"
)
