"""Intents per sentence from multilingual cues, with negation, injection and combination rules."""

from __future__ import annotations

import re

import msgspec

from worker.maia import cues
from worker.maia import lexicon as lx
from worker.maia.types import MailInput

_PAID = cues.compile_cue(cues.PAID)
_PROMISE = cues.compile_cue(cues.PROMISE)
_PARTIAL = cues.compile_cue(cues.PARTIAL)
_PLAN = cues.compile_cue(cues.PLAN)
_DISPUTE = cues.compile_cue(cues.DISPUTE)
_COPY = cues.compile_cue(cues.COPY)
_PROCESSING = cues.compile_cue(cues.PROCESSING)
_OOO = cues.compile_cue(cues.OOO)
_AUTO = cues.compile_cue(cues.AUTO_WORDING)
_HELPDESK = cues.compile_cue(cues.HELPDESK)
_WRONG = cues.compile_cue(cues.WRONG_CONTACT)
_FORWARDED_ON = cues.compile_cue(cues.FORWARDED_ON)
_INJECTION = cues.compile_cue(cues.INJECTION)
_INJECTION_TAIL = cues.compile_cue(cues.INJECTION_TAIL)
_NEGATION = cues.compile_cue(cues.NEGATION)
_OTHER_INVOICES = cues.compile_cue(cues.OTHER_INVOICES)
_APPROVED = re.compile(
    r"approved|genehmigt|aprobad[oa]s?|approvat[aoei]|aprovad[oa]s?|goedgekeurd|zatwierdzon[aey]|"
    r"aprobat[ăae]?|godkänd\w*|onaylandı|odobren[aio]?|attesterad\w*|attesterats|"
    r"freigegeben|validée?s?|approuvée?s?|geaccordeerd|承認済み?|审批通过|已审批",
    re.IGNORECASE,
)
_NEG_PAY = cues.compile_cue(cues.NEG_PAY)
# "awaiting your approval" asks the creditor to agree (a plan); it is no internal workflow.
_YOUR_APPROVAL = re.compile(
    r"\b(?:your|votre|vos|ihre|su|sua|vostra|vostro|uw|jullie|wasz\w*|pańsk\w*|dumneavoastră|"
    r"ert|er|vaš\w*|vašu) (?:\w+ )?(?:approval|confirmation|accord|approbation|zustimmung|"
    r"genehmigung|freigabe|aprobación|conformidad|approvazione|conferma|aprovação|"
    r"concordância|goedkeuring|akkoord|akceptacj\w*|zgod\w*|aprobare\w*|acord\w*|"
    r"godkännande|odobrenj\w*|suglasnost\w*)|onayınız\w*|(?:aprobarea|acordul) dumneavoastră|"
    r"ご承認|ご了承|您的(?:审批|批准|同意)"
)
# "the manager's signature is still missing": a workflow step, not missing goods.
_MISSING_STEP = re.compile(
    r"(?:brakuje|brakowało|missing|fehlt|fehlen|fehlte|fehlten|manque|manquait|falta|faltaba|"
    r"manca|mancava|ontbreekt|ontbrak|lipsește|lipsesc|lipsea|saknas|saknades|eksik|eksikti|"
    r"nedostaje)\s+(?!(?:\w+\s+){0,3}?knjižn)(?:\w+\s+){0,3}?(?:podpis\w*|signature|sign-?off|"
    r"unterschrift|firma|"
    r"handtekening|semnătur\w*|underskrift|imza\w*|potpis\w*|akceptacj\w*|approval|freigabe|"
    r"zatwierdzeni\w*|goedkeuring|godkännande|attest\w*|onay\w*|odobrenj\w*|aprobare\w*|"
    r"approvazione|aprovação|aprobación|validation|visto)"
)
# "das Visum der Projektleitung fehlt": the same workflow step, missing word last.
_STEP_MISSING = re.compile(
    r"(?:podpis\w*|signature|sign-?off|unterschrift|visum|visa|freigabe|firma|handtekening|"
    r"semnătur\w*|underskrift|attest\w*|imza\w*|potpis\w*|akceptacj\w*|approval|"
    r"zatwierdzeni\w*|goedkeuring|godkännande|onay\w*|odobrenj\w*|aprobare\w*|approvazione|"
    r"aprovação|aprobación|validation|visto|parafa|stempel|承認|决裁|決裁|审批|签字)"
    r"\s+(?:[^\W\d_]+\s+){0,3}?\(?(?:fehlt|fehlen|fehlte|missing|is missing|manque|manquait|"
    r"falta|faltaba|manca|mancava|ontbreekt|ontbrak|lipsește|lipsea|saknas|saknades|eksik|"
    r"nedostaje|nedostajalo|brakuje|brakowało|が(?:まだ)?(?:ない|ありません)|还没)"
)
# "the undisputed part we paid": no contest, whatever word it is built on.
_UNDISPUTED = cues.compile_cue(cues.UNDISPUTED)
# "the transfer carried a wrong reference": the customer's own slip, not a dispute.
_OWN_SLIP = re.compile(
    r"(?:wrong|incorrect|błędn\w*|falsch\w*|fehlerhaft\w*|erroné\w*|incorrect\w*|errad\w*|"
    r"errat\w*|sbagliat\w*|incorret\w*|verkeerd\w*|onjuist\w*|greșit\w*|eronat\w*|"
    r"felaktig\w*|fel|yanlış|hatalı|pogrešn\w*|netočn\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:reference|ref|numer\w*|number|nummer|referen\w*|numéro|número|numero|referans\w*|"
    r"poziv\w*|broj\w*|ocr|tytuł\w*|verwendungszweck|kenmerk|betalningsreferens|açıklama\w*)"
)
_TRANSFER_WORD = re.compile(
    r"transfer|payment|remittance|zahlung|überweisung|virement|paiement|transferencia|pago|"
    r"bonifico|pagamento|transferência|overboeking|betaling|przelew\w*|wpłat\w*|plat[aă]\w*|"
    r"transfer\w*|betalning\w*|ödeme|havale|eft|uplat\w*|振込|转账|汇款|付款"
)
# "wordt betaald op 30/11", "will be paid on 4/12": a future auxiliary before a paid form.
_DE_PARTICIPLE_END = re.compile(r"(?:bezahlt|überwiesen|beglichen|ausgeglichen|gezahlt)$")
_FUTURE_INSIDE = re.compile(
    r"\b(?:wird|will|shall|zal|zullen|sera|será|sarà|wordt)\b"
)  # not "werden"
_FUTURE_AUX = re.compile(
    r"(?:(?:'ll|\b(?:wordt|worden|zal|zullen|wird|werden|will|shall|going to|sera|seront|"
    r"será|serán|sarà|saranno|verrà|verranno|vai ser|vão ser|zostanie|zostaną|będzie|będą|va fi|"
    r"vor fi|"
    r"kommer att|ska|skall|bit će|biće|će biti|bismo|biste|bih))\s+(?:\S+\s+){0,2}(?:be\s+)?)$"
)
_GOODS_MISSING = cues.compile_cue(cues.GOODS_MISSING)
_CASH_FLOW = cues.compile_cue(cues.CASH_FLOW)
_COPY_WORD = cues.compile_cue(cues.COPY_WORD)
_REQUEST_MARK = cues.compile_cue(cues.REQUEST_MARK)
_STRONG_PARTIAL = cues.compile_cue(cues.STRONG_PARTIAL)
_CONDITIONAL = cues.compile_cue(cues.CONDITIONAL)
_NOT_FOUND = cues.compile_cue(cues.NOT_FOUND)
_INVOICE_WORD = cues.compile_cue(cues.INVOICE_WORD)
_CORRECTED = cues.compile_cue(cues.CORRECTED)
_CREDIT_WORD = cues.compile_cue(cues.CREDIT_WORD)
_ON_TIME = cues.compile_cue(cues.ON_TIME)
_EMBEDDED = cues.compile_cue(cues.EMBEDDED)
_HABITUAL = cues.compile_cue(cues.HABITUAL)
_PAST_RUN = cues.compile_cue(cues.PAST_RUN)
_NO_DATE_YET = cues.compile_cue(cues.NO_DATE_YET)
_PASSIVE_AHEAD = cues.compile_cue(cues.PASSIVE_AHEAD)
_PROOF_NOUN = cues.compile_cue(cues.PROOF_NOUN)
_PASSIVE_PROMISE = cues.compile_cue(cues.PASSIVE_PROMISE)
_PASSIVE_NOT_PROMISE = cues.compile_cue(cues.PASSIVE_NOT_PROMISE)
_PROOF_LATER = cues.compile_cue(cues.PROOF_LATER)
_NOT_A_CONTEST = cues.compile_cue(cues.ANY_DISCREPANCY + "|" + cues.INSTEAD_OF_ADDRESS)
# An approval or a corrected document the payment waits on (a cash-flow "as soon as" is not).
_WAITS_ON = cues.compile_cue(cues.CONDITIONAL_CORE)
# In a dispute, an undated payment that waits on the work or on a deduction is no promise.
_DISPUTE_WAIT = cues.compile_cue(cues.DISPUTE_WAIT)
_PAY_WORD = cues.compile_cue(r"(?<!\w)(?:" + cues.PAY_WORD + r")")
_PAST_TIME = cues.compile_cue(r"\b" + cues.PAST_TIME + r"(?!\w)")
_FUTURE_TIME = cues.compile_cue(r"\b(?:" + cues.FUTURE_TIME + r")(?!\w)")
# A clause that opens a question ("Could you check whether ..., ...?").
_QUESTION_HEAD = re.compile(
    # both branches anchored: an unanchored ".*" retries from every position (quadratic)
    r"^(?:\W*(?:can|could|would|do|did|have|has|is|was|whether|if|kun|kunt|kunnen|heeft|hebben|"
    r"können|könnten|haben|ob|pouvez|pourriez|est-ce|si|puede|pueden|podrían|può|potete|se|"
    r"pode|podem|czy|puteți|dacă|kan|har|om|možete|jeste li|je li)\b|.*(?:か|吗|是否|\bmı\b|"
    r"\bmi\b))"
)
_SENT = re.compile(r"[^.!?;。！？\n]+(?:[.!?;。！？]+|\n|$)")
_BRACKETED = re.compile(r"\[[^\]]{0,600}\]|<!--.{0,800}?-->|\{[^}]{0,600}\}", re.S)
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|auto:|out of (?:the )?office|"
    r"absence|réponse automatique|automatische antwort|abwesenheitsnotiz|abwesend|"
    r"respuesta automática|"
    r"fuera de la oficina|risposta automatica|fuori sede|resposta automática|ausência|"
    r"automatisch antwoord|afwezig|odpowiedź automatyczna|autoodpowiedź|nieobecność|"
    r"răspuns automat|"
    r"autorespuns|autosvar|frånvaro|otomatik yanıt|otomatik cevap|ofis dışında|automatski odgovor|"
    r"odsutnost|自動応答|自動返信|不在|自动回复|自動回覆)",
    re.IGNORECASE,
)


class Sentence(msgspec.Struct):
    """One sentence of the customer's text with the cues found in it."""

    start: int
    end: int
    text: str
    tags: set[str] = msgspec.field(default_factory=set)
    injected: bool = False


_SEGMENT_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[-•*]\s)")
_ABBREV = re.compile(
    r"(?:^|[\s(])(?:nr|rg|no|inv|ref|tel|ca|st|vs|art|fakt|fa|fact|ft|n|br|bzw|z\.b|u\.a|ggf|"
    r"evtl|inkl|zzgl|abs|mr|mrs|ms|dr|prof|sr|sra|sig|dott|dhr|mevr|p|pt|ul|nb|r|mwst|op|cf|"
    r"etc|approx|incl|sp|o\.o|s\.a|s\.r\.l|a\.ş|ltd|inc|co|corp)\.$",
    re.IGNORECASE,
)


def _segments(text: str) -> list[tuple[int, int]]:
    """Paragraphs, and lines that end a thought (short lines, lines ending in punctuation)."""
    out: list[tuple[int, int]] = []
    start = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        body = line.strip()
        if not body or len(body) < 45 or body[-1] in ".!?:;。！？：" or body.endswith(","):
            if text[start:end].strip():
                out.append((start, end))
            start = end
        pos = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; a decimal point, an ordinal or an abbreviation does not end one."""
    out: list[Sentence] = []
    for seg_start, seg_end in _segments(text):
        seg = text[seg_start:seg_end]
        buf_start = -1
        for m in _SENT.finditer(seg):
            s, e = m.start(), m.end()
            if buf_start < 0:
                buf_start = s
            chunk = seg[buf_start:e]
            nxt = seg[e : e + 40].lstrip(" \t")[:1]
            spaced = seg[e : e + 1] in (" ", "\t")
            # "am 15. Dezember" goes on; "dostarczono 45. FV 101/2025 zapłacona" starts anew
            ordinal = re.search(r"(?:^|\s)\d{1,2}\.$", chunk) is not None and not _NEW_REF.match(
                seg[e : e + 20].lstrip(" \t")
            )
            # "1.5" continues; "25 februari. 62102 är ..." starts a sentence with a number
            glued = (nxt.isdigit() and not (spaced and len(chunk.split()) > 3)) or (
                nxt.islower() or nxt in ",)"
            )
            if chunk.endswith(".") and e < len(seg) and (glued or ordinal or _ABBREV.search(chunk)):
                continue
            if chunk.strip():
                out.append(Sentence(seg_start + buf_start, seg_start + e, chunk))
            buf_start = -1
        if buf_start >= 0 and seg[buf_start:].strip():
            out.append(Sentence(seg_start + buf_start, seg_end, seg[buf_start:]))
    return out


# Dutch "nu" ("now") where Romanian "nu" would be a negation: "ik heb hem nu klaargezet".
_DUTCH_NU = re.compile(lx.DUTCH_NU)
_INNER_NEGATION = re.compile(
    r"\b(?:not|never|nicht|niet|nooit|inte|aldrig|nie|nigdy|non|não|nunca|jamais|"
    r"ne|nije|nisu|nismo|değil)\b|n't|" + lx.ROMANIAN_NU
)


_TRAILING_NEGATION = re.compile(
    r"(?:\s*(?:nicht|niet|inte|pas|not)\b|(?:\s+[^\W\d_]+){1,3}?\s+(?:nicht|niet|inte)\b)"
    r"(?!\s+(?:vor|später|erst|voor|later|eerder|före|senare|förrän)\b)"
)
_NOT_REMAINDER = cues.compile_cue(cues.NOT_REMAINDER)
_TALK_ABOUT_PAYMENT = cues.compile_cue(cues.TALK_ABOUT_PAYMENT)
_BOOKED = cues.compile_cue(cues.BOOKED)
_PAY_ACTION = cues.compile_cue(cues.PAY_ACTION)
_WAS_AWAY = re.compile(
    r"\b(?:i was|we were|j'étais|nous étions|ich war|wir waren|estuve|estuvimos|ero|eravamo|"
    r"estive|estivemos|ik was|we waren|byłam|byłem|byliśmy|am fost|jag var|vi var|bila sam|"
    r"bio sam|bili smo|izindeydim|tatildeydim)\b|\b(?:vacation|holiday|leave) (?:is )?over\b"
)
_ZH_PROOF_AHEAD = re.compile(r"(?:届时|到时候?|会把|将把|之后会|付款后)[^。]{0,6}$")
_IN_FULL = cues.compile_cue(
    r"\b(?:in full|in one payment|vollständig|in voller höhe|intégralement|en totalité|"
    r"íntegramente|en su totalidad|integralmente|per intero|na totalidade|volledig|in één keer|"
    r"w całości|integral|i sin helhet|i sin fulla|tamamı\w*|tamamen|u cijelosti|u potpunosti)\b|"
    r"全额|全額|全部付清"
)
_HABIT_PAST = cues.compile_cue(cues.HABIT_PAST)
_ARRIVAL = cues.compile_cue(cues.ARRIVAL)
_NUMBER_ONLY = cues.compile_cue(
    r"rechnungsnummer|invoice number|numéro de facture|número de factura|numero (?:di )?fattura|"
    r"número da fatura|factuurnummer|numer faktury|numărul facturii|fakturanumret|fakturanummer|"
    r"fatura numarası|broj računa|請求書番号|发票号"
)
_GONE_OUT = cues.compile_cue(cues.GONE_OUT)
_IF = cues.compile_cue(
    # (not the Romance "si"/"se": the Italian impersonal "si provvederà" is no condition)
    r"(?<!\w)(?:if|unless|once|when|as soon as|wenn|falls|sobald|dès que|quand|cuando|en cuanto|"
    r"quando|appena|assim que|als|zodra|wanneer|jeśli(?! chodzi)|jeżeli(?! chodzi)|gdy|jak tylko|"
    r"dacă|când|om|när|"
    r"så snart|eğer|ako|kad|čim)(?!\w)|ise\b|如果|要是|もし|次第|たら"
)
_L = lx.LATIN_EDGE_BEFORE
_R = lx.LATIN_EDGE_AFTER
_FUTURE_TIME_BROAD = cues.compile_cue(_L + r"(?:" + cues.FUTURE_TIME_BROAD + r")" + _R)
_PAST_TIME_WORD = cues.compile_cue(
    _L + r"(?:yesterday|last week|gestern|letzte woche|hier|la semaine dernière|ayer|la semana "
    r"pasada|ieri|la settimana scorsa|ontem|semana passada|gisteren|vorige week|wczoraj|w zeszłym|"
    r"ieri|săptămâna trecută|igår|förra veckan|dün|geçen hafta|jučer|prošli tjedan|昨日|先週|昨天|"
    r"上周|already|bereits|schon|déjà|ya|già|já|al|już|deja|redan|zaten|već|已经|既に|もう)" + _R
)
_PART_PAID = cues.compile_cue(cues.PART_PAID)
_AS_USUAL = cues.compile_cue(cues.AS_USUAL)
_ON_RECEIPT = cues.compile_cue(cues.ON_RECEIPT)
_THIRD_PERSON = cues.compile_cue(cues.THIRD_PERSON)
_ABSENT_COLLEAGUE = cues.compile_cue(cues.ABSENT_COLLEAGUE_ELSEWHERE)
_FIRST_PERSON = cues.compile_cue(
    r"\b(?:i am|i'm|ich bin|bin ich|je suis|estoy|sono|estou|ik ben|jestem|sunt|jag är|"
    r"ben|ja sam|sam na)\b|私は|我"
)
_YOUR_APPROVAL_MORE = cues.compile_cue(cues.YOUR_APPROVAL_MORE)
_BALANCE_AFTER_PART = cues.compile_cue(cues.BALANCE_AFTER_PART)
# A month ahead for the remainder: "restul în ianuarie", "den Rest Anfang Februar", "下个月".
_MONTH_AHEAD = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(stem for stems in lx.MONTHS.values() for stem in stems)
    + r")(?![^\W\d_])|"
    + lx.NEXT_MONTH
    + r"|\d{1,2}\s*月"
)
# "2.000 € am Freitag, den Rest im Dezember": an amount, then the remainder.
_PART_BEFORE_REST = cues.compile_cue(
    r"\d[^!?]{0,120}?(?:" + cues.STRONG_PARTIAL + r")|(?:half|hälfte|moitié|mitad|metà|metade|"
    r"helft|połow\w*|jumătate|hälften|halva|yarısı|polovic\w*|一半|半分)|" + cues.UNDISPUTED
)
_HEDGE = cues.compile_cue(cues.HEDGE)
_CHECK_AHEAD = cues.compile_cue(cues.CHECK_AHEAD)
_PAID_LESS = cues.compile_cue(cues.PAID_LESS)
_AGREED_DEDUCTION = cues.compile_cue(cues.AGREED_DEDUCTION)
_CREDIT_BEFORE_REST = cues.compile_cue(cues.CREDIT_BEFORE_REST)
_PAY_TWICE = re.compile(
    r"\b(?:pagar|pagarla|pagarlo|pay(?: it)?|payer|zahlen|pagare|betalen|zapłacić)\s+"
    r"(?:(?:em|en|por|in)\s+)?(?:duplicad[oa]|duplicato|double|twice|doppelt|dubbel|podwójnie)\b"
)
# "je peux vous le renvoyer si besoin" (the customer offers a document), "312/1/1 je duplikat
# računa 298/1/1" (billed twice): no request for a copy.
_NOT_A_COPY_REQUEST = re.compile(
    r"\b(?:je peux vous (?:(?:le|la|les) )?(?:renvoyer|envoyer|transmettre)|"
    r"i can (?:re)?send (?:it|you)|"
    r"puedo (?:reenviar|enviar)(?:selo|sela|les)?|posso (?:reenviar|inviar|reinviar)\w*|"
    r"ik kan (?:hem|het|ze) (?:opnieuw )?sturen|kan jag skicka (?:igen|om)|"
    r"(?:reenviar|enviar|mandar|send|schicken) (?:(?:os|your|vos|vossos|ihre) )*"
    r"(?:lembretes|reminders|rappels|mahnungen|recordatorios|solleciti))\b|"
    r"\b(?:je|is|ist|est|es|è|é) (?:a |un |una |ein |een )?(?:duplikat|duplicate|duplicado|"
    r"duplicato|doublon|dubbel)\w*"
)
_SEND_LATER = re.compile(
    r"\b(?:te mando|le mando|vos mando|te envío|les envío|te envio|vos envio|"
    r"i(?:'ll| will) send|"
    r"ich schicke|je vous enverrai|vi mando|ti mando|ik stuur|wyślę|vă trimit|skickar jag)"
    r"\s+\S*\s*$"
)
_NEW_REF = re.compile(r"[A-Z]{2,}|\S*\d")
_ZH_ALREADY = re.compile(r"已[^，,。；;]{0,12}$")


def without_talk(text: str) -> str:
    """The text with "call you about the payment" blanked, offsets kept: no pay verb there."""
    return lx.blank(_TALK_ABOUT_PAYMENT, text)


def _negated(text: str, m: re.Match[str]) -> bool:
    w0 = m.start()
    while w0 > 0 and text[w0 - 1].isalpha():
        w0 -= 1  # "nismo platili" matched from inside the word: read the whole word
    if w0 < m.start() and _INNER_NEGATION.search(text[w0 : m.end()]):
        return True
    before = text[max(0, m.start() - 22) : m.start()]
    neg = _NEGATION.search(before)
    if neg and not (
        neg.group(0) == "nu" and _DUTCH_NU.search(text[max(0, m.start() - 40) : m.start()])
    ):
        return True
    if m.group(0).startswith(("nie ", "nu ", "not ", "non ", "ne ", "não ")):
        return True
    if _INNER_NEGATION.search(m.group(0)):
        return True  # "wir haben die Rechnung noch nicht bezahlt"
    after = text[m.end() : m.end() + 40]
    # "zahlen wir so nicht", "betalen we die factuur niet": the verb-second negation trails.
    return bool(_TRAILING_NEGATION.match(after))


def mark_injection(sentences: list[Sentence], text: str) -> None:
    """Flag prompt-injection sentences (and the imperatives that follow one): they are data only."""
    spans = [
        (m.start(), m.end())
        for m in _BRACKETED.finditer(text)
        if _INJECTION.search(m.group().lower())
    ]
    prev = False
    for s in sentences:
        inside = any(a <= s.start and s.end <= b + 1 for a, b in spans)
        partly = any(a < s.end and s.start < b for a, b in spans)
        low = s.text.lower()
        if (
            inside
            or _INJECTION.search(low)
            or (prev and _INJECTION_TAIL.search(low))
            or (
                partly
                and _INJECTION.search(text[max(a for a, _ in spans if a < s.end) : s.end].lower())
            )
        ):
            s.injected = True
        prev = s.injected


# Legacy Romanian cedillas ("Diferenţa", "şi") read as the comma-below letters the cues use;
# ş only beside another Romanian letter, since Turkish writes ş.
_RO_T_CEDILLA = str.maketrans("ţŢ", "țȚ")
_RO_S_CEDILLA = str.maketrans("şŞ", "șȘ")


def _ro_letters(t: str) -> str:
    t = t.translate(_RO_T_CEDILLA)
    return t.translate(_RO_S_CEDILLA) if any(ch in t for ch in "ăîț") else t


def tag_sentence(s: Sentence) -> None:
    """Attach the intent cues present in one sentence."""
    t = _ro_letters(s.text.lower())
    if _PLAN.search(t) and not _HABITUAL.search(_AS_USUAL.sub(" ", t)):
        s.tags.add("payment_plan")  # not "we always pay on the 27th every month"
    for m in _PROMISE.finditer(_NO_DATE_YET.sub(" ", _PAST_RUN.sub(" ", t))):
        if _ZH_ALREADY.search(t, max(0, m.start() - 14), m.start()):
            continue  # "已于6月20日付款": paid on the 20th, not "pay on the 20th"
        if _PASSIVE_PROMISE.fullmatch(m.group(0)) and (
            _PASSIVE_NOT_PROMISE.search(t[max(0, m.start() - 60) : m.start()])
            or _NEGATION.search(t[max(0, m.start() - 60) : m.start()])
        ):
            continue  # "sobald die Rechnung bezahlt wird", "ik weet niet wanneer ... wordt"
        if not _negated(t, m):
            s.tags.add("promise_to_pay")
            break
    if (
        "promise_to_pay" in s.tags
        and _HABITUAL.search(_AS_USUAL.sub(" ", t))
        and not _FUTURE_TIME.search(t)
    ):
        s.tags.discard("promise_to_pay")  # "Vi betalar alltid inom 30 dagar."
    for m in _PAID.finditer(t):
        if (
            not _negated(t, m)
            and not _FUTURE_AUX.search(t[max(0, m.start() - 40) : m.start()])
            and not _FUTURE_INSIDE.search(m.group(0))  # "ist in Ordnung und wird ... bezahlt"
            and not _EMBEDDED.search(t[max(0, m.start() - 50) : m.start()])
            and not (
                _PASSIVE_AHEAD.search(t[m.end() : m.end() + 20])
                # German "bezahlt worden" is done; Dutch "betaald worden" is still to come
                and not _DE_PARTICIPLE_END.search(m.group(0))
            )
            and not (_PROOF_NOUN.search(m.group(0)) and _PROOF_LATER.search(t[m.end() :]))
            # "qualquer coisa te mando o comprovante": the receipt is offered for later
            and not (
                _PROOF_NOUN.search(m.group(0))
                and _SEND_LATER.search(t[max(0, m.start() - 30) : m.start()])
            )
            # "届时会把付款回单发给您": the receipt will be sent once paid
            and not _ZH_PROOF_AHEAD.search(t[max(0, m.start() - 12) : m.start()])
        ):
            s.tags.add("paid")
            if _HEDGE.search(t[max(0, m.start() - 40) : m.end() + 25]):
                s.tags.add("paid_hedged")  # "I think we already paid" (and will check)
            if _HABIT_PAST.search(t):
                s.tags.discard("paid")  # "last year we always paid on time"
                break
            if _PART_PAID.search(t):
                s.tags.add("part_paid")  # "only half", "a cuenta de", "acompte"
            if _PAID_LESS.search(t) and not _AGREED_DEDUCTION.search(t):
                s.tags.add("paid_less")  # "paid the invoice less the £40 fee"
            break
    gone = None if "paid" in s.tags else _GONE_OUT.search(t)
    if (
        gone
        and (_TRANSFER_WORD.search(t) or _PAY_WORD.search(t) or "cheque" in t or "chèque" in t)
        and not _negated(t, gone)
        and not _EMBEDDED.search(t[max(0, gone.start() - 50) : gone.start()])
        and not t.rstrip().endswith(("?", "？"))
    ):
        s.tags.add("paid")  # "the transfer has gone out", "przelew wyszedł", "汇出"
    if not s.tags & {"paid", "promise_to_pay"} and not t.rstrip().endswith(("?", "？")):
        # Structural hints, used only when nothing else is recognised: a payment word with
        # "today"/"yesterday" reports a payment ("Przelew wczoraj."); a pay verb with time ahead
        # promises one ("Zahlung nächste Woche."). Telegraphic sentences only: in a longer one
        # the time word may belong to another verb ("I will call you tomorrow about the payment").
        pay = _PAY_WORD.search(without_talk(t)) if len(t.split()) <= 6 and len(t) <= 60 else None
        if pay and not _negated(t, pay) and not _NEGATION.search(t):
            if _PAST_TIME.search(t) and not _FUTURE_TIME.search(t):
                s.tags.add("paid_hint")
            elif _FUTURE_TIME.search(t):
                s.tags.add("promise_hint")
    if (
        not s.tags & {"paid", "promise_to_pay"}
        and not t.rstrip().endswith(("?", "？"))
        and len(t.split()) <= 25
        and not _NEGATION.search(t)
        and not _PAST_TIME_WORD.search(t)
        and not _IF.search(t)
        and not _CONDITIONAL.search(t)
        # "proslijedila sam knjigovodstvu, javit će Vam se ovaj tjedan": they will answer
        and not _FORWARDED_ON.search(t)
    ):
        # "Betalning sker via bankgiro under nästa vecka", "明天上午给您转过去", "I'll do the
        # transfer tonight": a pay action with time ahead, whatever the grammar.
        probe = without_talk(t)
        act = _PAY_ACTION.search(probe)
        ahead = _FUTURE_TIME_BROAD.search(probe)
        if act and ahead and abs(act.start() - ahead.start()) <= 60:
            s.tags.add("promise_to_pay")
    if "paid" in s.tags and _ON_TIME.search(t):
        s.tags.add("paid_on_time")
    rest_probe = _NOT_REMAINDER.sub(" ", t)
    if _PARTIAL.search(rest_probe):
        s.tags.add("partial")
    rests = list(_STRONG_PARTIAL.finditer(rest_probe)) or list(
        _BALANCE_AFTER_PART.finditer(rest_probe)
    )
    if rests:
        s.tags.add("partial_strong")
    for rest in rests:
        if (
            (re.search(r"\d", t) or _TRANSFER_WORD.search(t))
            and (
                _FUTURE_TIME_BROAD.search(rest_probe[rest.end() : rest.end() + 40])
                or _MONTH_AHEAD.search(rest_probe[rest.end() : rest.end() + 40])
            )
            and not _NEGATION.search(rest_probe)
            and not rest_probe.rstrip().endswith(("?", "？"))
        ):
            s.tags.add("promise_to_pay")  # "500 today, the rest next week"
            break
    if (
        s.tags & {"partial", "partial_strong"}
        and "paid" not in s.tags
        and _CREDIT_BEFORE_REST.search(t)
    ):
        # "Gutschrift, dann zahlen wir den Rest": the rest waits on the credit note.
        s.tags -= {"partial", "partial_strong"}
    probe = _STEP_MISSING.sub(" ", _MISSING_STEP.sub(" ", _UNDISPUTED.sub(" ", t)))
    probe = _NOT_A_CONTEST.sub(" ", probe)
    if _TRANSFER_WORD.search(probe):
        probe = _OWN_SLIP.sub(" ", probe)
    contest = _DISPUTE.search(probe)
    if contest:
        s.tags.add("dispute")
    # "the goods for invoice X never arrived": the goods are missing, not the invoice.
    # "não quero pagar em duplicado": paying twice is no duplicate of the invoice
    copy_probe = _NOT_A_COPY_REQUEST.sub(" ", _PAY_TWICE.sub(" ", _GOODS_MISSING.sub(" ", t)))
    if (
        _COPY.search(copy_probe)
        or (_COPY_WORD.search(copy_probe) and _REQUEST_MARK.search(t))
        or (
            _NOT_FOUND.search(t)
            and _INVOICE_WORD.search(t)
            and not _TRANSFER_WORD.search(t)
            and not _NUMBER_ONLY.search(t)  # "ich finde die Rechnungsnummer nicht in der Liste"
        )
    ):
        if _CORRECTED.search(t) or (_CREDIT_WORD.search(t) and not _INVOICE_WORD.search(t)):
            # "please reissue the invoice less the shortfall": the first one is wrong.
            s.tags.add("dispute")
        else:
            s.tags.add("request_copy")
            copy = _COPY.search(copy_probe) or _NOT_FOUND.search(t)
            if (
                contest
                and copy
                and not (copy.start() < contest.end() and contest.start() < copy.end())
            ):
                s.tags.add("dispute_own")  # "7002: wrong price, and 7003 never came: resend"
    if _NEG_PAY.search(t) and not _CASH_FLOW.search(t):
        s.tags.add("dispute")
        s.tags.discard("promise_to_pay")
    booked = _BOOKED.search(t)
    if (
        booked
        and not _TRANSFER_WORD.search(t[: booked.start()])
        and not _NEGATION.search(t[max(0, booked.start() - 20) : booked.end()])
    ):
        s.tags.add("processing")  # "Račun je proknjižen": in the booking workflow
    for m in _PROCESSING.finditer(_YOUR_APPROVAL_MORE.sub(" ", _YOUR_APPROVAL.sub(" ", t))):
        if not _APPROVED.fullmatch(m.group(0)) or "still" in t:
            s.tags.add("processing")
            break
    ooo = _OOO.search(t)
    if ooo and _WAS_AWAY.search(t[max(0, ooo.start() - 30) : ooo.end()]):
        ooo = None  # "j'étais en congés jusqu'au 2 septembre": back now, no absence notice
    if ooo and (
        _THIRD_PERSON.search(t[: ooo.start()])
        or (_ABSENT_COLLEAGUE.search(t) and not _FIRST_PERSON.search(t))
    ):
        s.tags.add("out_of_office_3p")  # "Hon är på semester": another's absence
    elif ooo:
        s.tags.add("out_of_office")
    if _WRONG.search(t):
        s.tags.add("wrong_contact")
    if _FORWARDED_ON.search(t):
        s.tags.add("forwarded_on")
    if _HELPDESK.search(t):
        s.tags.add("helpdesk")
    if _AUTO.search(t):
        s.tags.add("auto")
    if _OTHER_INVOICES.search(t):
        s.tags.add("other_invoices")
    if t.rstrip().endswith(("?", "？")):
        # "Can you check whether we paid this?" asks; it does not report or promise a payment.
        # "X was paid last week, can you tell your colleagues?": only the last clause asks.
        cut = max(t.rfind(", "), t.rfind("; "), t.rfind("，"), t.rfind(": "))
        head = t[:cut] if cut > 0 else ""
        for tag, pat in (("paid", _PAID), ("promise_to_pay", _PROMISE)):
            if tag in s.tags and not (
                head and pat.search(head) and not _QUESTION_HEAD.search(head)
            ):
                s.tags.discard(tag)


def header_auto(mail: MailInput) -> bool:
    """RFC 3834 Auto-Submitted, X-Autoreply, X-Autorespond or Precedence: auto_reply."""
    auto = (mail.auto_submitted or "").strip().lower()
    if auto and auto != "no":
        return True
    if (mail.x_autoreply or "").strip().lower() in ("yes", "true", "1"):
        return True
    if mail.x_autorespond:
        return True
    return (mail.precedence or "").strip().lower() in ("auto_reply", "auto-reply")


def subject_auto(subject: str) -> bool:
    """Subjects such as "Automatic reply:" or "Automatisch antwoord:"."""
    return bool(_AUTO_SUBJECT.match(subject))


class Verdict(msgspec.Struct):
    """Intents and whether the reply is automatic."""

    intents: list[str]
    auto_submitted: bool


def combine(sentences: list[Sentence], mail: MailInput, doc_sets: list[set[str]]) -> Verdict:
    """Intents per MAIA-LABELS: partial/plan/processing combinations, `other` alone, OOO alone."""
    live = [s for s in sentences if not s.injected]
    tags: set[str] = set()
    for s in live:
        tags |= s.tags
    auto_hdr = header_auto(mail)
    auto_sig = auto_hdr or subject_auto(mail.subject) or "auto" in tags
    payment = tags & {"paid", "promise_to_pay", "dispute", "request_copy", "payment_plan"}
    if "helpdesk" in tags and (auto_sig or not payment) and "out_of_office" not in tags:
        # A ticket acknowledgement is an automatic answer, but nobody is absent.
        return Verdict(["other"], True)
    if "out_of_office_3p" in tags and auto_sig:
        tags.add("out_of_office")  # an automatic notice may speak of its owner in the third person
    if "out_of_office" in tags and (auto_sig or _ooo_strong(live)):
        return Verdict(["out_of_office"], True)
    if auto_sig and not payment and "wrong_contact" in tags and "out_of_office" not in tags:
        # "Ivana Babić više nije zaposlena ... ova adresa se više ne prati": automatic, but a
        # departure, not an absence.
        return Verdict(["wrong_contact"], True)
    if auto_sig and not payment:
        # An automatic reply that is not a helpdesk acknowledgement is an absence notice.
        return Verdict(["other"] if "helpdesk" in tags else ["out_of_office"], True)
    intents: set[str] = set()
    for s in live:
        own = set(s.tags)
        if "other_invoices" in own and not doc_sets[sentences.index(s)]:
            own -= {"processing", "dispute", "request_copy"}
        intents |= own & {
            "promise_to_pay",
            "paid",
            "dispute",
            "request_copy",
            "processing",
            "wrong_contact",
            "payment_plan",
        }
    paid_s = [s for s in live if "paid" in s.tags]
    if (
        "paid" in intents
        and all("paid_hedged" in s.tags for s in paid_s)
        and any(_CHECK_AHEAD.search(s.text.lower()) for s in live)
    ):
        intents.discard("paid")  # "I think we paid already, I'll check with the bank"
    if "paid" in intents and paid_s and all("part_paid" in s.tags for s in paid_s):
        # "we've only been able to send half", "3.000 € a cuenta de la FV-2904": part of it
        intents.discard("paid")
        intents.add("partial_payment")
    if "paid" in intents and "dispute" in intents and any("paid_less" in s.tags for s in paid_s):
        # "paid the invoice less the £40 fee, which we don't accept": part paid, rest contested
        intents.discard("paid")
        intents.add("partial_payment")
    if (
        "paid" in intents
        and "dispute" in intents
        and all("paid_on_time" in s.tags for s in live if "paid" in s.tags)
    ):
        # "the invoices were paid within the term, cancel the penalty": the paid invoices are
        # the argument; the invoice concerned (the penalty) is disputed, not paid.
        intents.discard("paid")
    if "request_copy" in intents and "dispute" in intents:
        dispute_s = [
            s
            for s in live
            if "dispute" in s.tags and ("request_copy" not in s.tags or "dispute_own" in s.tags)
        ]
        if not dispute_s:
            intents.discard("dispute")
    if (
        "paid" in intents
        and "partial" in tags
        and not any(_IN_FULL.search(s.text.lower()) for s in live if "paid" in s.tags)
    ):
        paid_docs = set().union(
            *(doc_sets[i] for i, s in enumerate(sentences) if "paid" in s.tags and not s.injected)
        )
        other_docs = set().union(
            *(
                doc_sets[i]
                for i, s in enumerate(sentences)
                if s.tags & {"dispute", "promise_to_pay"}
                and "paid" not in s.tags
                and not s.injected
            )
        )
        separate = bool(paid_docs) and bool(other_docs) and not (paid_docs & other_docs)
        if (not separate and intents & {"promise_to_pay", "dispute"}) or (
            not separate and not intents & {"promise_to_pay", "dispute"} and _partial_paid(live)
        ):
            intents.discard("paid")
            intents.add("partial_payment")
    if "payment_plan" in intents:
        intents.discard("promise_to_pay")
    if "promise_to_pay" in intents:
        promising = [s for s in live if "promise_to_pay" in s.tags]
        if (
            "dispute" in intents
            and all(
                _CONDITIONAL.search(s.text.lower())
                or ("dated" not in s.tags and _DISPUTE_WAIT.search(s.text.lower()))
                for s in promising
            )
        ) or (
            all(_WAITS_ON.search(s.text.lower()) for s in promising)
            and not any("dated" in s.tags for s in promising)
        ):
            # "once we receive the credit note we will pay", "pago processado após aprovação":
            # a payment that waits on a condition, without a date, is no promise yet.
            intents.discard("promise_to_pay")
        elif "request_copy" in intents and all(
            _ON_RECEIPT.search(s.text.lower()) and "dated" not in s.tags for s in promising
        ):
            # "Resend it please, I'll put it through for payment on receipt": waits on the copy.
            intents.discard("promise_to_pay")
    if "paid" in intents and "promise_to_pay" in intents:
        promising = [s for s in live if "promise_to_pay" in s.tags]
        if all(
            _ARRIVAL.search(s.text.lower()) and "partial_strong" not in s.tags for s in promising
        ):
            # "Vanochtend overgemaakt, zou morgen op jullie rekening moeten staan": the money
            # already sent arrives tomorrow; nothing more is promised.
            intents.discard("promise_to_pay")
    if (
        "promise_to_pay" in intents
        and "paid" not in intents
        and "payment_plan" not in intents
        and any(
            "promise_to_pay" in s.tags
            and (
                # two parts: an amount before the remainder (in this sentence or the one
                # before: "Pagamos R$ 1.500 dos R$ 4.000; o restante no dia 20"), or one today
                (
                    "partial_strong" in s.tags
                    and _PART_BEFORE_REST.search(
                        (live[i - 1].text + " " if i else "") + s.text.lower()
                    )
                )
                or {"partial", "now_and_later"} <= s.tags
            )
            for i, s in enumerate(live)
        )
    ):
        # "2.000 € am Freitag, den Rest im Dezember": only part now, more promised.
        intents.add("partial_payment")
    if not intents and not auto_sig and "forwarded_on" not in tags:
        # No phrase recognised, but a payment word beside "yesterday" or "next week" still says
        # what happened: better than `other`.
        if any("paid_hint" in s.tags for s in live):
            intents.add("paid")
        elif any("promise_hint" in s.tags for s in live):
            intents.add("promise_to_pay")
    if not intents:
        return Verdict(["other"], auto_sig)
    return Verdict(sorted(intents), auto_sig and not intents - {"other"})


def _ooo_strong(live: list[Sentence]) -> bool:
    """An absence notice without headers: absence wording and no payment talk."""
    payment = {
        "paid",
        "promise_to_pay",
        "dispute",
        "request_copy",
        "payment_plan",
        "processing",
    }
    return not any(s.tags & payment for s in live) and any(
        "out_of_office" in s.tags for s in live[:3]
    )


def _partial_paid(live: list[Sentence]) -> bool:
    return any("paid" in s.tags and "partial" in s.tags for s in live)
