"""Invoice and credit-note numbers in the customer's own text, matched to their open documents."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence

import msgspec

from worker.maia import lexicon as lx
from worker.maia.prefilter import Cue
from worker.maia.types import KnownDocument

_TOKEN = re.compile(
    r"(?<![0-9A-Za-z_/.,#-])(?P<tok>(?:(?P<pfx>(?:[A-Z]{2,4} (?=[A-Z]{1,6}\d))?"
    r"[A-Z][A-Za-z]{0,5}(?:[-/][A-Z]{1,5}){0,2})"
    r"(?P<sep>[ ]?[-/.]?[ ]?))?"
    # "2026/FE/0871", "2026/A-0457": letter-only series segments between digit groups.
    # "FT A/2026/1552": a one-letter series before the year.
    r"(?:[A-Z]/(?=\d))?\d[\dA-Za-z]*(?:(?:[-/][A-Za-z]{1,5})*[-/.][0-9A-Za-z_]*\d[0-9A-Za-z_]*)*"
    r"(?:[-/][A-Z]{1,4}\b)?)"
    r"(?![0-9A-Za-z_/-]|[.,]\d)"
)
_INVOICE_KW = re.compile(
    r"invoices?|inv\.?|rg\b\.?|bills?|credit ?notes?|credit memo|rechnung(?:en|snummer|snr\.?)?|"
    r"re\.?-?nr\.?|"
    r"gutschrift(?:en)?|factures?|avoirs?|facturas?(?!d)|nota de cr[ée]dito|fattur[ae](?!t)|"
    r"nota di credito|"
    r"faturas?(?!d)|nota fiscal|nf-?e?|factu(?:ur|ren)|creditnota|faktur(?:a|y|ę|ze|ami|om|ach)?|"
    r"korekt[aęy]|facturi(?:i|le|lor)?|factura|nota de credit|fakturan?|fakturor(?:na)?|"
    r"kreditfaktura(?:n)?|fatura(?:yı|sı|nın|ları|ların|nız|nızı|ya|da)?(?!d)|ra[čc]un(?:a|e|u|i)?|"
    r"odobrenj[ea]|請求書|請求番号|インボイス|发票|發票|账单|賬單|红字发票|"
    # Brazil: "as notas 4471 e 4478" are the NF numbers.
    r"(?<!\w)notas?(?= (?:fiscais |fiscal |n[º°o]\.? ?)?(?:\d|$))",
    re.IGNORECASE,
)
# An invoice word with nothing but separators before the number: the number is that invoice.
_INVOICE_RIGHT_BEFORE = re.compile(
    r"(?:" + _INVOICE_KW.pattern + r")[\s:#„“”\"'«»：（]*(?:n[oº°r]\.?\s*)?$", re.IGNORECASE
)
_EXCLUDE_KW = re.compile(
    r"\bp\.?o\.?\b|purchase order|order|bestell\w*|bestelbon\w*|inkoopbon\w*|auftrag\w*|"
    r"commande|pedido|orden de compra|"
    r"ordine|bestelling|inkooporder|zam[óo]wieni\w*|comand\w*|beställning\w*|inköpsorder|"
    r"sipari[şs]\w*|narud[žz]b\w*|注文\w*|订单|訂單|采购单|delivery note|delivery|lieferschein\w*|"
    r"bon de livraison|\bbl\b|albar[áa]n|\bddt\b|bolla|guia|pakbon|\bwz\b|aviz\w*|f[öo]ljesedel\w*|"
    r"irsaliye\w*|otpremnic\w*|納品書|送货单|发货单|\brma\b|return\w*|retour\w*|r[üu]cksend\w*|"
    r"devoluci[óo]n|reso|devolu[çc][ãa]o|zwrot\w*|retur\w*|\biade\b|povrat\w*|referen\w*|"
    r"\bref\b\.?|"
    r"verwendungszweck|\bcro\b|\btrn\b|betalingskenmerk|tytu[łl]\w*|ordin(?:ul)? de plat[ăa]|"
    r"\bop\b|\bocr\b|bankgiro|plusgiro|dekont\w*|\beft\b|sorgu|havale|poziv na broj|振込|参照|"
    r"流水号|交易号|payment order|zahlungsauftrag|ordre de virement|transfer|virement|"
    r"[üu]berweisung|przelew\w*|ticket\w*|\bcase\b|\bfall\b|dossier|incidencia|zg[łl]oszeni\w*|"
    r"[äa]rende\w*|talep\w*|referin\w*|referans\w*|kenmerk|\bpix\b|transferência|工单|工單|案件|"
    r"offer|"
    r"quot(?:e|ation)|angebot\w*|offre|devis|oferta|"
    r"offert[ae]?|ofert\w*|teklif\w*|ponud\w*|見積\w*|报价|contract|vertrag\w*|contrat|contrato|"
    r"contratto|合同|契約|运单|快递单|物流单|提单|発注|伝票|kundennummer|customer (?:number|no|id)|"
    r"client (?:number|no)|n° client|"
    r"numéro client|iban|konto\w*|account|\bnip\b|\bvat\b|\bkvk\b|org\.?nr|\bcui\b|\bcif\b|"
    r"\bnif\b|trace|cod\.? cliente|cód\.? cliente|numéro de client|número de cliente|"
    r"numero di cliente|número do cliente|klantnummer|numer klienta|număr\w* de client|"
    r"kundnummer|müşteri (?:no|numarası)|broj kupca|問い合わせ番号|お問合せ番号|受付番号|"
    r"poziv\w* na broj|\bcnpj\b|\bcpf\b|\boib\b|\btel\b|phone|"
    r"telefon\w*|fax|mobil\w*|gsm|dahili|"
    r"postcode|plz|shipment|sendung|tracking|lot|batch|charge|receipt|quittung|recibo|"
    r"payment (?:id|reference)|bacs|swift|sepa|remittance|transaction|transakc\w*|"
    r"tranzac\w*|transacci[óo]n|transazione|işlem|transakcij\w*|\butr\b|\bneft\b|\brtgs\b|"
    r"\bimps\b|\bupi\b|u/s|\bsection\b|\btds\b|\bitem\b|\bsku\b|art(?:icle|ikel|ículo|icolo|"
    r"igo)\b|propost\w*|proposal|propuesta|mandat[oe]?\b|agreement|"
    # supplier / vendor numbers and trace keys ("vendor no. V-22817", "clave de rastreo").
    r"vendor|supplier|lieferant\w*|kreditor\w*|fournisseur|proveedor|fornitore|fornecedor|"
    r"leverancier\w*|dostawc\w*|furnizor\w*|leverantör\w*|tedarikçi|dobavljač\w*|仕入先|"
    r"取引先コード|供应商|rastreo|\bréf\b\.?|"
    # payment orders, tax and register ids, bank details, postal boxes, inquiries
    r"betalningsuppdrag|nalog\w*|zlecenia|支払指図|付款指令|talimat\w*|betaalopdracht|"
    r"batchnummer|orden de pago|cheque|check no|scheck|chèque|assegno|cheque n|"
    r"steuernummer|ust-?id\w*|\buid\b|\bbtw\b|\brfc\b|vergi\w*|税号|登録番号|"
    r"reg\.? ?com|index încărcare|\bcodice cliente|\bagência|\bconta\b|\bbox\b|〒|"
    r"問合せ番号|お問い合わせ番号|\bcig\b|\bcup\b|rücksendeschein|leveringsbon|leverbon|"
    r"romaneio|irsaliye\w*|presupuesto|orçamento|encomenda|comenzi\w*|\bpedidos?\b|"
    r"art\.-?nr\.?|artikelnummer|sort code|\bcro\b|\bconf\.|"
    r"plate\w*|kenteken|targa|targat[oa]|matrícula|matricula|placa|rejestracja|numer rejestracyjny|"
    r"înmatriculare|registreringsnummer|regnr|plaka\w*|registracij\w*|ナンバー|车牌|"
    r"marché|contrat-cadre|contratto quadro|ramavtal|dnr|umow\w*|expediente|dir3|"
    r"納品書|mededeling|structured|codice destinatario|\bcig\b|omschrijving|申請番号|申请号|"
    r"projekt\w*|project\w*|projet|proyecto|progetto|projeto|projectnr|broj projekta|chantier|"
    r"baustelle|werf|budow\w*|şantiye|gradilišt\w*|"
    r"poziv na broj|"
    # company and tax registers, e-invoicing ids, helpdesk protocols, estimates, receipts
    r"ondernemingsnummer|numéro d'entreprise|\bkbo\b|\bbce\b|siret|siren|partita iva|"
    r"codice fiscale|\bvkn\b|\btckn\b|\bsdi\b|identificativo|protocol\w*|protok[oó][lł]\w*|"
    r"chamado|"
    r"preventiv\w*|签收单\w*|回单|回执|"
    # vehicles (plates), service records, e-invoicing addresses
    r"fahrzeug\w*|vehicle|vettura|véhicule|vehículo|veículo|voertuig|pojazd\w*|vehicul\w*|"
    r"fordon\w*|\baraç|vozil\w*|zapisnik\w*|verbale|peppol|melding|asset tag|asset|"
    r"collection note|parte de trabajo|compromisso|資産番号|归还单|zleceni\w*|flux|报修单",
    re.IGNORECASE,
)
_EXCLUDE_CUE = Cue(_EXCLUDE_KW.pattern)  # the same words, for lowercased text
# A tax or register id just before a long bare number: "OIB za novi račun: 64218323816".
_TAX_ID_BEFORE = re.compile(
    r"(?:\boib\b|\bnip\b|vergi|\bvkn\b|\bcif\b|\bnif\b|\bnipc\b|\bcnpj\b|\bcpf\b|\bvat\b|"
    r"\bbtw\b|\bkvk\b|siret|ust-?id|steuernummer|partita iva|税号|ondernemingsnummer)"
    r"[^.\n]{0,30}$",
    re.IGNORECASE,
)
_ID_DIGITS = re.compile(r"^[\d .]{9,}$")
_EXCLUDED_PREFIX = frozenset(
    {
        "SEPA",
        "CNPJ",
        "CPF",
        "RFC",
        "UID",
        "ATU",
        "RS",
        "ORC",
        "TKL",
        "EC",
        "INC",
        "CIG",
        "PO",
        "WZ",
        "RMA",
        "OF",
        "BL",
        "LS",
        "DN",
        "REF",
        "TRN",
        "OP",
        "ZAM",
        "CMD",
        "OCR",
        "IBAN",
        "TEL",
        "FAX",
        "HVL",
        "VIR",
        "BP",
        "EFT",
        "TKT",
        "SR",
        "CS",
        "OC",
        "PED",
        "DDT",
        "KW",
        "Q",
        "QT",
        "SO",
        "ORD",
        "NIP",
        "KRS",
        "REGON",
        "ISO",
        "EN",
        "DIN",
        "GS1",
        "OIB",
        "VAT",
        "BTW",
        "CVR",
        "CUI",
        "NR",
        "NO",
        "TVA",
        "RC",
        "HRB",
        "USD",
        "EUR",
        "GBP",
        "PLN",
        "SEK",
        "RON",
        "TRY",
        "CHF",
        "JPY",
        "CNY",
        "BRL",
        "MXN",
        "TL",
        "KR",
        "CRO",
        "TRF",
        "PV",
        "BTRL",
        "PIX",
        "E",
        "CIF",
        "NIF",
        "NIPC",
        "VKN",
        "TCKN",
        "SDI",
        "SIRET",
        "SIREN",
        "KVK",
        "KBO",
        "BCE",
        "PRV",
        "IVA",
        "ID",
    }
)
_NF = re.compile(r"^NF(?:-?e)?[ ]?(?:n[º°o]\.?\s*)?", re.IGNORECASE)
# "27/05/0093" is no date: a four-digit year starts with 19 or 20.
_DATE_LIKE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{2}|19\d{2}|20\d{2}))?|(?:19|20)\d{2}([.-])\d{1,2}\1"
    r"\d{1,2})$"
)
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,}")
_SENTENCE_END = re.compile(r"[.!?;。！？\n]\s|[。！？\n]")
# Between a number and a following keyword ("A-558120 numaralı irsaliye"): nothing but a marker.
_AFTER_GAP = re.compile(r"^[\s\-]*(?:n[oº°]\.?|nolu|no'lu|numaralı|sayılı|番号の?|号的?|の)?\s*$")


# "412/2026", "2026-0412", "17/2/1", "80412A": shapes that only invoice numbers take.
_STRONG_DIGITS = re.compile(
    r"^(?:\d+[A-Z]\w*|\d{1,6}/20\d{2}|20\d{2}[-/]\d{3,6}|\d{1,6}/\d{1,4}/\d{1,4}|"
    r"\d{3,6}/[A-Z]{1,3})$"
)


_GAP = re.compile(r"^[\s:#.,(\-„“”\"'«»‚：（、]*(?:[^\W\d_]{1,12}[\s.:#°º„“”\"'«»‚：（(]*){0,4}$")


class DocHit(msgspec.Struct, frozen=True):
    """A document number as written, where it is, and the known document it matched."""

    number: str
    start: int
    end: int
    document_id: str | None = None


def normalise_number(number: str) -> str:
    """Comparable form: case, spaces, dashes, slashes and leading zeros of digit runs ignored."""
    groups = re.findall(r"[A-Za-z]+|\d+", number.upper())
    return "".join(str(int(g)) if g.isdigit() else g for g in groups)


_ABBR_DOT = re.compile(r"\b(nr|no|rg|n|inv|ref|réf|fakt|fa|ft|br|nº|n°)\.", re.IGNORECASE)


def _clause_before(text: str, start: int, width: int = 60) -> str:
    # "Rg. Nr. 80490": abbreviation dots do not end the clause.
    window = _ABBR_DOT.sub(lambda m: m.group(1) + " ", text[max(0, start - width) : start])
    parts = _SENTENCE_END.split(window)
    return parts[-1] if parts else window


def _clause_after(text: str, end: int, width: int = 30) -> str:
    window = text[end : end + width]
    return _SENTENCE_END.split(window)[0]


def _last_pos(pattern: re.Pattern[str], s: str) -> int:
    pos = -1
    for m in pattern.finditer(s):
        pos = m.end()
    return pos


def _exclusions(s: str) -> Iterator[re.Match[str]]:
    """Order/ref/register words in s, prefiltered on its lowercased form when that keeps the
    offsets ("İ" lowercases to two characters), else with the case-insensitive regex."""
    low = s.lower()
    if len(low) != len(s):
        return _EXCLUDE_KW.finditer(s)
    return _EXCLUDE_CUE.finditer(low)


def _last_exclusion(s: str) -> int:
    """End of the last order/ref/register word in s."""
    pos = -1
    for m in _exclusions(s):
        pos = m.end()
    return pos


_TR_LABEL = re.compile(r"[\s\-]*(?:nolu|no'lu|numaralı|sayılı)\s+", re.IGNORECASE)


def _verdict(text: str, start: int, end: int) -> int:
    """+1 when an invoice word governs the number, -1 when an order/ref/ticket word does, else 0."""
    if _ID_DIGITS.match(text[start:end]) and _TAX_ID_BEFORE.search(
        text[max(0, start - 40) : start]
    ):
        return -1
    label = _TR_LABEL.match(text, end)
    if label and _EXCLUDE_KW.match(text, label.end()):
        return -1  # "00045871 nolu irsaliye": the Turkish label after names a waybill
    before = _clause_before(text, start)
    inv = _last_pos(_INVOICE_KW, before)
    exc = _last_exclusion(before)
    # An order/ref/ticket word governs the number only when it is close ("PO 4500", "ref: X",
    # "ordinul de plată nr. 4471"), not from across a clause ("a large contract, so we ...").
    if exc > inv and _GAP.match(before[exc:]):
        return -1
    if inv >= 0:
        return 1
    after = _clause_after(text, end)
    fi = _INVOICE_KW.search(after)
    fe = next(_exclusions(after), None)
    if fe and _AFTER_GAP.match(after[: fe.start()]) and (not fi or fe.start() < fi.start()):
        return -1
    if fi:
        return 1
    return 0


# "120 stuks", "200ケース", "60 casse": a count of goods, not a document number.
_QUANTITY_AFTER = re.compile(
    r"^\s?(?:pcs|pieces?|units?|items?|boxes|cartons?|cases?|pallets?|kg|stück|stk|st\b|"
    r"pièces?|colis|cartons|unidades|cajas|pezzi|casse|scatole|unidades|caixas|peças|stuks|"
    r"dozen|pallets|szt|sztuk\w*|opakowa\w*|palet\w*|bucăți|buc\b|cutii|paleți|styck|"
    r"kartonger|pallar|adet|koli|kutu|palet|komada|kom\b|kutij\w*|bags?|sacks?|säcke?|sacs?|"
    r"sacos?|sacchi|zakken|work\w*|saci|säckar|çuval\w*|vreć\w*|laufmeter|meters?|metr\w*|"
    r"lit(?:er|re|r)\w*|tons?|tonn\w*|m2|m²|g\b|gr\b|ml\b|cl\b|kg\b|l\b|ケース|個|箱|台|本|件|枚|"
    r"件|箱|个|台|套|件)",
    re.IGNORECASE,
)


# "we received 100", "ne abbiamo ricevute 48": a count next to a verb of receiving.
_RECEIVED = (
    r"received|got|delivered|shipped|ontvangen|geleverd|erhalten|geliefert|reçue?s?|livrée?s?|"
    r"recibid\w*|entregad\w*|ricevut\w*|consegnat\w*|recebid\w*|otrzymal\w*|dostarczon\w*|"
    r"dostali\w*|primit\w*|livrat\w*|fått|fick|levererade?|teslim|aldık|geldi|primili|"
    r"isporučen\w*|stiglo|届|收到|到货"
)
_QTY_VERB_BEFORE = re.compile(rf"(?:{_RECEIVED})\s+(?:\w+\s+)?$", re.IGNORECASE)
_QTY_VERB_AFTER = re.compile(rf"^\s+(?:\w+\s+)?(?:{_RECEIVED})\b", re.IGNORECASE)


def _is_quantity(text: str, start: int, end: int) -> bool:
    after = text[end : end + 24]
    if _QUANTITY_AFTER.match(after) or _QTY_VERB_AFTER.match(after):
        return True
    verb = _QTY_VERB_BEFORE.search(text[max(0, start - 24) : start])
    # "Vi har fått faktura 7004519": the word between the verb and the number names an invoice.
    return verb is not None and not _INVOICE_KW.search(verb.group())


def _is_phone(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 8)
    for m in _PHONE.finditer(text[lo : end + 12]):
        if (
            m.start() + lo <= start
            and m.end() + lo >= end
            and m.group().count(" ") + m.group().count("-") >= 2
        ):
            digits = sum(ch.isdigit() for ch in m.group())
            if digits >= 8 and not re.search(r"[A-Za-z]", m.group()):
                return True
    return False


def _plausible_date(tok: str) -> bool:
    """'88-2-26' is no date (day 88), '12/03/2027' is."""
    parts = [int(p) for p in re.split(r"[./-]", tok) if p.isdigit()]
    if len(parts) < 2:
        return True
    a, b = (parts[1], parts[2]) if parts[0] > 1900 and len(parts) == 3 else (parts[0], parts[1])
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31


def _candidates(text: str) -> list[tuple[str, int, int, bool]]:
    """(number, start, end, strong) for every document-like token; strong = prefixed id."""
    out: list[tuple[str, int, int, bool]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group("tok")
        pfx = m.group("pfx") or ""
        start, end = m.start("tok"), m.end("tok")
        if (
            pfx
            and " " in (m.group("sep") or "")
            and not (pfx.isupper() and (len(pfx) <= 4 or "-" in pfx))
        ):
            # "Faktura 80533": the word is not part of the number.
            start += len(pfx) + len(m.group("sep"))
            tok = text[start:end]
            pfx = ""
        if pfx in ("A", "O", "E", "Y", "I", "U") and m.group("sep") == " ":
            # "A 004561 ainda tá com o financeiro": the article, not a series letter.
            start += len(pfx) + 1
            tok = text[start:end]
            pfx = ""
        if pfx and not pfx.isupper() and not re.match(r"^[A-Z][a-z]?$", pfx):
            # "Rechnung80412" / "Factura-123": a capitalised word glued on is not a prefix.
            start += len(pfx) + len(m.group("sep") or "")
            tok = text[start:end]
            pfx = ""
        if not tok or not tok[0].isalnum():
            tok = tok.lstrip("-/. ")
            start = end - len(tok)
        nf = _NF.match(tok)
        if nf and pfx.upper().startswith("NF"):
            tok = tok[nf.end() :]
            start = end - len(tok)
            pfx = ""
        digits = sum(ch.isdigit() for ch in tok)
        if digits < 3 or (_DATE_LIKE.match(tok) and _plausible_date(tok)):
            continue
        if re.fullmatch(r"[A-Z]{2,4} \d{1,2}(?:-\d{1,2}){2}", tok):
            continue  # "NPK 15-15-15": a fertiliser grade
        if (
            pfx
            and (
                pfx.upper() in _EXCLUDED_PREFIX
                or pfx.split(" ")[0].upper() in _EXCLUDED_PREFIX
                or pfx.split("-")[0].upper() in _EXCLUDED_PREFIX
            )
            and not _INVOICE_RIGHT_BEFORE.search(text[max(0, start - 30) : start])
        ):
            # "BL 4471" is a delivery note, but "請求書 BL-27-00871" / "invoice BL-27-00871"
            # names the invoice itself.
            continue
        strong = bool(pfx) or bool(_STRONG_DIGITS.match(tok))
        out.append((tok, start, end, strong))
    return out


def _known_patterns(known: Sequence[KnownDocument]) -> list[tuple[re.Pattern[str], KnownDocument]]:
    pats: list[tuple[re.Pattern[str], KnownDocument]] = []
    for doc in known:
        groups = re.findall(r"[A-Za-z]+|\d+", doc.number)
        if not groups or sum(len(g) for g in groups if g.isdigit()) < 2:
            continue
        parts = [("0*" + str(int(g))) if g.isdigit() else re.escape(g) for g in groups]
        body = r"[\s/.\-_]*".join(parts)
        pats.append((re.compile(rf"(?<![\w/-]){body}(?![\w]|[/-]\w)", re.IGNORECASE), doc))
    return pats


# "No.KP-26-0781", "Nr.80412", "n.2026/FE/0871": a number label glued on with a dot.
_LABEL_DOT = re.compile(
    r"(?<![A-Za-z])(?:No|NO|no|Nr|NR|nr|Nº|nº|N°|n°|n|N)\.(?=[A-Za-z]{0,5}[-/ ]?\d)"
)
# 13+ bare digits: a bank serial, trace or transfer reference, never an invoice number.
_LONG_DIGITS = re.compile(r"^\d{13,}$")
# "2027020540014TRANSF00071822": 16+ digits in all, with letters inside, is a trace key.
_MANY_DIGITS = re.compile(r"^(?:[A-Za-z]*\d){16,}")
# "INV-2027-00418": a number that names itself an invoice, whatever word stands before it.
_SELF_INVOICE = re.compile(r"^(?:INV|FACT|FAKT|FAC|FV)[- /.]?\d")


# "IT60 X054 2811 1010 …", "RO49 AAAA 1B31 …": an IBAN, whose groups are never documents.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
_STRUCTURED = re.compile(lx.STRUCTURED_REFERENCE)
# A Peppol participant id: a four-digit scheme ("0007" Swedish org nr, "0088" GLN) and the id.
_PEPPOL_ID = re.compile(r"\b0\d{3}:[\w.-]{6,}")
# "AGR 2026 1204": a prefixed series whose year and serial are written apart.
_YEAR_SERIAL = re.compile(r"(?<![\w/-])([A-Z]{2,5}) (20\d{2}) (\d{3,6})(?![\w/-]|[.,]\d)")


# "LED 150W", "NYM 5x6mm", "M8x40", "3G2,5": a rating, a size or a product code.
_SPEC = re.compile(
    r"\d(?:W|kW|V|kV|A|mA|mm|cm|m|kg|Hz|VA|Ah|lm)$|^[A-Z]{0,3}\d+x\d+|\d[A-Z]{1,2}\d"
)
# "the 4410", "la 1051", "die 4271563", "a 4418": a definite article names the invoice.
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(,;:])(?:the|la|le|las|les|die|der|den|de|het|el|il|lo|a|o|as|os)\s+$", re.IGNORECASE
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,']\d{3})+$")
# "2027" alone is a year, unless an invoice word stands right before it.
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


_DIGIT_TAIL = re.compile(r"(?<![\d/.,])\d{4,}$")


def quoted_numbers(quote: str) -> set[str]:
    """Invoice-like numbers of the quoted reminder (never ones an order/ref word governs).

    A bare number the customer writes ("die 4271563 überweisen wir") is a document when the
    reminder they answer lists it.
    """
    text = _LABEL_DOT.sub(lambda m: m.group()[:-1] + " ", quote)
    text = lx.blank(_IBAN, text)
    out: set[str] = set()
    for tok, start, end, _strong in _candidates(text):
        digits = sum(ch.isdigit() for ch in tok)
        if digits < 4 or _LONG_DIGITS.match(tok) or _YEAR.match(tok) or _SPEC.search(tok):
            continue
        if _is_phone(text, start, end) or _is_quantity(text, start, end):
            continue
        if _verdict(text, start, end) >= 0:
            out.add(normalise_number(tok))
            # "24817 and 24852 are in tomorrow's run" for SAV-UK-24817 and SAV-UK-24852
            tail = _DIGIT_TAIL.search(tok)
            if tail and tail.start() > 0 and not _YEAR.match(tail.group()):
                out.add(tail.group())
    return out


class QuotedNumbers:
    """`quoted_numbers` of a quote, read only when a bare number needs it (most replies don't)."""

    __slots__ = ("_numbers", "_quote")

    def __init__(self, quote: str) -> None:
        self._quote = quote
        self._numbers: set[str] | None = None

    def __contains__(self, number: object) -> bool:
        if self._numbers is None:
            self._numbers = quoted_numbers(self._quote)
        return number in self._numbers


def find_documents(
    text: str,
    known: Sequence[KnownDocument] | None = None,
    amount_spans: Sequence[tuple[int, int]] = (),
    quoted: Container[str] = frozenset(),
) -> list[DocHit]:
    """Document numbers in order of first appearance, without duplicates, known ones matched.

    `quoted` holds the numbers the quoted reminder lists: the customer's bare mention of one
    of them is a document even without an invoice word.
    """
    hits: list[DocHit] = []
    by_norm = {normalise_number(d.number): d for d in (known or [])}
    text = _LABEL_DOT.sub(lambda m: m.group()[:-1] + " ", text)
    text = lx.blank(_IBAN, text)
    text = lx.blank(_STRUCTURED, text)
    text = lx.blank(_PEPPOL_ID, text)
    joined = [(m.group(), m.start(), m.end()) for m in _YEAR_SERIAL.finditer(text)]
    for tok, start, end, strong in _candidates(text):
        whole = next(((j, a, b) for j, a, b in joined if a <= start and end <= b), None)
        if whole is not None:
            if start != whole[1]:
                continue
            tok, start, end, strong = whole[0], whole[1], whole[2], True
        if any(a <= start < b or a < end <= b for a, b in amount_spans):
            continue
        match = by_norm.get(normalise_number(tok))
        if match is not None:
            hits.append(DocHit(tok, start, end, match.document_id))
            continue
        if (_LONG_DIGITS.match(tok) or _MANY_DIGITS.match(tok)) and not (
            # China's fully digital invoices carry 20 digits: "发票 27442000000123456789"
            _LONG_DIGITS.match(tok)
            and len(tok) == 20
            and _INVOICE_RIGHT_BEFORE.search(text[max(0, start - 30) : start])
        ):
            continue
        if _is_phone(text, start, end) or (not strong and _is_quantity(text, start, end)):
            continue
        verdict = 1 if _SELF_INVOICE.match(tok) else _verdict(text, start, end)
        if verdict < 0 and not (strong and normalise_number(tok) in quoted):
            continue
        if (verdict == 0 or strong) and normalise_number(tok) in quoted:
            hits.append(DocHit(tok, start, end, None))
            continue
        if _YEAR.match(tok) and not _INVOICE_RIGHT_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        if re.fullmatch(r"[A-Z]{2} \d{5}", tok):
            continue  # "KY 40507": a US state and ZIP code
        if _THOUSANDS.match(tok) and not _INVOICE_RIGHT_BEFORE.search(
            text[max(0, start - 30) : start]
        ):
            continue  # "40.000 etiquetas", "120.000 cintas": a count with a thousands separator
        if _SPEC.search(tok) and not _INVOICE_RIGHT_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        if (
            verdict == 0
            and not strong
            and sum(ch.isdigit() for ch in tok) >= 4
            and _ARTICLE_BEFORE.search(text[max(0, start - 8) : start])
            and not _is_quantity(text, start, end)
        ):
            hits.append(DocHit(tok, start, end, None))
            continue
        if verdict == 0 and not strong:
            continue
        if verdict == 0 and re.fullmatch(r"[A-Z]\d{3,4}", tok):
            continue  # "aço A500", "model B1200": a grade or model, with no invoice word near
        if verdict == 0 and strong and known:
            continue
        hits.append(DocHit(tok, start, end, None))
    if known:
        taken = [(h.start, h.end) for h in hits]
        for pat, doc in _known_patterns(known):
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                hits.append(DocHit(m.group(), m.start(), m.end(), doc.document_id))
                taken.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    seen: set[str] = set()
    out: list[DocHit] = []
    for h in hits:
        key = normalise_number(h.number)
        if key in seen:
            continue
        seen.add(key)
        out.append(h)
    return out
