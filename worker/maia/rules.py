"""The offline `rules` engine: extraction, language, intents, date, amount and documents."""

from __future__ import annotations

import datetime as dt
import decimal
import re
from collections.abc import Sequence

from worker.maia import cues
from worker.maia.addressing import is_internal_note
from worker.maia.amounts import Amount, default_currency, find_amounts, find_bare_amounts
from worker.maia.classify import (
    _DISPUTE,
    _PAID,
    _PROMISE,
    Sentence,
    combine,
    mark_injection,
    split_sentences,
    tag_sentence,
    without_talk,
)
from worker.maia.contacts import find_alt_contact
from worker.maia.dates import DateHit, find_dates
from worker.maia.documents import DocHit, QuotedNumbers, find_documents
from worker.maia.extract import Extracted, extract_reply, normalise_ws
from worker.maia.fold import folded_cues, typed_without_diacritics
from worker.maia.langid import detect_language
from worker.maia.summary import summarise
from worker.maia.types import DocumentRef, KnownDocument, MaiaResult, MailInput

_US_SIGNAL = re.compile(r"\$|\bUSD\b|\b[A-Z]{2} \d{5}\b")
_EXCLUDED_AMOUNT = re.compile(
    r"\bper (?:unit|piece|item|hour|kg|month|each|day)\b|/\s?(?:h|st|pcs|piece|unit|kg|szt|buc|"
    r"adet|kom|stk)\b|\bunit price|prix unitaire|"
    r"stückpreis|precio unitario|prezzo unitario|preço unitário|stuksprijs|cena jednostkowa|"
    r"preț(?:ul)? unitar|styckpris|birim fiyat|jedinična cijena|単価|单价|\bfee\b|gebühr|frais|"
    r"cargo|commissione|taxa|kosten|opłat|comision|avgift|ücret|naknad|手数料|手续费|"
    r"zamiast|instead of|statt|au lieu de|en lugar de|anziché|em vez de|in plaats van|în loc de|"
    r"istället för|yerine|umjesto|worth of|damaged|écart|differenz|diferencia|differenza|"
    r"diferença|verschil|różnic|diferenț|skillnad|fark|razlik|差額|差额",
    re.IGNORECASE,
)
_CONTEXT_TOTAL = re.compile(
    r"\(\s*$|total|au total|insgesamt|in total|łącznie z|gesamt", re.IGNORECASE
)
_PAYMENT_INTENTS = frozenset({"promise_to_pay", "paid", "partial_payment", "payment_plan"})


_PAY_VERB = re.compile(
    r"\bpay|\bsettl|\bremit|transfer|zahl|überweis|begleich|beglichen|overschrijv|\bpai[ey]|"
    r"\bpayer|règl|"
    r"\bvir[eo]|"
    r"\bpag[aoue]|abon[ao]|salda|bonific|betal|voldo|overma|płac|płat|przel|opłac|plăt|plat[ei]|"
    r"achit|plat[aă]\b|rekening|\bkonto(?:t|n)?\b|compte|cuenta|\bconto\b|\bconta\b|koncie|"
    r"rachunku|"
    r"contul|hesabınız|računu|vir[aă]m\b|pagh|plać|ödü|ödey|yatır|\bmaa?k\w*\b[^\n]{0,50}?\bover\b|"
    r"storten|(?:mail|send|post) (?:you )?(?:a |the )?(?:check|cheque)|puszcz\w*|puści\w*|"
    r"\bga(?:at|an)\b[^.]{0,40}\bde deur uit|remesa|deposit|einzahl|"
    r"versa|versé|plăț|"
    r"\bsend\w*\b[^.]{0,20}(?:[$€£]|\d)[^.]{0,20}\bover\b|nalog|"
    r"\böde|havale|uplat|platit|支払|払い|振込|振り込|付款|支付|付清|转账|汇款|转(?=\s*[\d¥￥])",
    re.IGNORECASE,
)
_PAST_WORD = re.compile(
    r"\blast\b|letzte[nrs]?\b|dernier|pasad[oa]|scors[oa]|passad[oa]|vorige|zeszł\w*|trecut\w*|"
    # "está paga desde sexta", "seit Freitag bezahlt": since a day, so before it
    r"\bdesde\b|\bdepuis\b|\bseit\b|\bsinds\b|\bwerd\b|\ba été\b|\bont été\b|"
    r"förra|"
    r"geçen|prošl\w*|yesterday|\bhier\b|gestern|\bayer\b|\bieri\b|ontem|gisteren|wczoraj|igår|"
    r"\bdün\b|jučer|昨日|昨天|"
    r"last week|letzte woche|semaine dernière|semana pasada|settimana scorsa|vorige week|"
    r"zeszłym tygodniu|"
    r"săptămâna trecută|förra veckan|geçen hafta|prošli tjedan|先週|上周|"
    # past-tense forms and "already": a weekday beside them is the past one
    r"\b(?:left|went|was|were|wurde|wurden|already|déjà|bereits|schon|ya|già|já|al|już|deja|"
    r"redan|zaten|"
    r"već|wysłaliśmy|zleciliśmy|gick|skickades|yaptık|izvršili)\b|已|済",
    re.IGNORECASE,
)
# Past participles and preterites ("abonada el lunes", "effettuato il 3 marzo"): past unless the
# sentence also promises ("wird Ende nächster Woche überwiesen").
_PAST_FORM = re.compile(
    r"\b(?:paid|transferred|wired|remitted|executed|released|credited|settled|pagó|pagaron|"
    r"abonó|abonaron|transfirió|ingresó|pagou|pagaram|transferiu|pagò|ödedik|ödedi|"
    r"wyszedł|poszedł|poszły|abgegangen|rausgegangen|salió|salieron|partie?|meegegaan|gitti|"
    r"partit[oa]|plecat|otišl[aoi]|otišao|feito|gick|iväg|transferimos|打过去|已经转|"
    r"zapłaciliśmy|zapłacił\w*|przelaliśmy|betaalden|zahlten|bezahlten|rausgegangen|überwiesen|"
    r"gezahlt|payée?s?|"
    r"réglée?s?|effectuée?s?|pagad[oa]s?|abonad[oa]s?|efectu[óé]|pagu[ée]|pagato|pagata|"
    r"effettuat[oaie]|eseguit[oaie]|saldat[oaie]|pagámos|paguei|efetuad[oa]|betaald|"
    r"overgemaakt|voldaan|zapłacon\w*|opłacon\w*|zapłacono|przelano|zrealizowan\w*|"
    r"achitat\w*|plătit\w*|betalat|betalt|betalade|betalades|ödendi|ödenmiştir|yapıldı|izvršen\w*|"
    r"plaćen\w*|uplaćen\w*|platili|uplatili|zlecon\w*|wykonan\w*|ausgelöst|veranlasst|"
    r"prijavljen\w*|zgłoszon\w*|gemeldet|signalé\w*|reported)\b",
    re.IGNORECASE,
)
# A day and month without a year that rolls over to next year is usually a past date
# ("réglée le 5 janvier" read in December): too far ahead to be a promise.
_PROMISE_HORIZON = dt.timedelta(days=240)
_HABITUAL = re.compile(cues.HABITUAL)
_VALUE_DATE = cues.compile_cue(cues.VALUE_DATE)
_AS_USUAL = cues.compile_cue(cues.AS_USUAL)
# "la FA-1020 a été réglée le 4 mars et la FA-1034 le sera d'ici la fin du mois"
_ELLIPTIC_FUTURE = re.compile(
    r"\b(?:le|la|les) (?:sera|seront)\b|\b(?:lo|la|los|las) (?:será|serán)\b|\b(?:lo|la) sarà\b|"
    r"\bwird (?:sie|es) (?:auch |ebenfalls )?\b|\bwill be (?:too|as well)\b|\bzal (?:die|het) ook\b"
)
_IF_CLAUSE = re.compile(
    r"^\W*(?:\w+\W+)?(?:if|unless|wenn|falls|indien|jeśli(?! chodzi)|jeżeli(?! chodzi)|dacă|eğer|"
    r"ako)\b|"
    # es/fr "si" and it/pt "se" are "if" only before these words: "se paga" (es) and "si paga"
    # (it) are a passive, not a condition.
    r"^\W*(?:si (?:nos|no|el|la|los|las|recibimos|llega|tenemos|hay|nous|vous|on|le|les|l'|"
    r"c'est|votre|notre)|s'il|se (?:ci|non|la nota|il|riceviamo|arriva|não|recebermos|chegar))\b"
)


# Someone else paying the customer ("our client pays us on Monday"): money in, no promise.
_PAYS_US = re.compile(
    r"\b(?:ne plătește|ne plătesc|ne achită|nos paga[nr]?|nos pagará[n]?|"
    r"uns (?:zahlt|zahlen|bezahlt)|"
    r"nous paie(?:nt|ra)?|ci paga(?:no)?|ci pagherà|betaalt ons|betalen ons|płaci nam|zapłaci nam|"
    r"betalar oss|bize öde\w*|nam plaća\w*|nam plati|pays? us|will pay us|paid us)\b"
)


# Turkish question particles with a tense or person ending: unambiguous, unlike "mi".
_TR_QUESTION = re.compile(
    r"\s(?:miydi|mıydı|muydu|müydü|miymiş|mıymış|midir|mıdır|mudur|müdür|misiniz|mısınız|"
    r"musunuz|müsünüz)\b"
)


def _retag_by_dates(sentences: list[Sentence], dates: list[DateHit], ref: dt.date) -> None:
    """A pay verb with a future date is a promise ("la pagamos el jueves", "mañana pagamos")."""
    for s in sentences:
        if s.injected:
            continue
        hits = [h for h in dates if s.start <= h.start < s.end]
        future = [h for h in hits if ref < h.date <= ref + _PROMISE_HORIZON]
        if future:
            s.tags.add("dated")
            if any(h.kind == "today" for h in hits):
                s.tags.add("now_and_later")  # "today 1,000, the balance at the end of March"
        if not future or ("dispute" in s.tags and "promise_to_pay" not in s.tags):
            continue
        if "promise_to_pay" not in s.tags and _HABITUAL.search(_AS_USUAL.sub(" ", s.text.lower())):
            continue  # "Vi betalar alltid inom 30 dagar": a habit, not a date of payment
        if "promise_to_pay" not in s.tags and _PAYS_US.search(s.text.lower()):
            continue  # "clientul ne plătește abia luni": their payment to the customer
        if "promise_to_pay" not in s.tags and _TR_QUESTION.search(s.text.lower()):
            continue  # "ödeme talimatı verilmiş miydi, pazartesi soracağım": a question
        past = [h for h in hits if h.date < ref or h.kind == "today"]
        clauses = _clauses(s)
        paid_clauses = {i for i, (a, b) in enumerate(clauses) if _PAID.search(s.text[a:b].lower())}
        probe = without_talk(s.text.lower())
        future_clauses = {
            i for h in future for i, (a, b) in enumerate(clauses) if a <= h.start - s.start < b
        }
        value_dated = {
            i
            for i, (a, b) in enumerate(clauses)
            if i in future_clauses and _VALUE_DATE.search(probe[a:b])
        }
        if value_dated:
            # "Zleciliśmy przelew z datą realizacji 5 grudnia": ordered now, executed ahead.
            if paid_clauses <= value_dated:
                s.tags.discard("paid")
            s.tags.add("promise_to_pay")
            continue
        if (
            "paid" in s.tags
            and not past
            and not _PAST_WORD.search(s.text)
            # "a été réglée le 4 mars et la FA-1034 le sera ...": a past form keeps its date past
            and not any(
                _PAST_FORM.search(s.text[a:b])
                for i, (a, b) in enumerate(clauses)
                if i in paid_clauses
            )
            and not ("promise_to_pay" not in s.tags and _PAST_FORM.search(s.text))
            and paid_clauses <= future_clauses
        ):
            # "la pagamos el jueves": a present-tense pay verb with a future date.
            s.tags.discard("paid")
            s.tags.add("promise_to_pay")
        elif "promise_to_pay" not in s.tags and not (
            # "Payment executed on 3 March": the date belongs to the past payment itself.
            "paid" in s.tags and _PAST_FORM.search(s.text) and future_clauses <= paid_clauses
        ):
            if "paid" in s.tags:
                # "La 1043 se pagó ayer y la 1051 la pagamos el viernes": only a clause of its
                # own, with no past in it, promises beside the payment.
                ahead = {
                    i
                    for i in future_clauses - paid_clauses
                    if not _PAST_WORD.search(s.text[clauses[i][0] : clauses[i][1]])
                    and not _PAST_FORM.search(s.text[clauses[i][0] : clauses[i][1]])
                }
                if _PAST_WORD.search(s.text) and not ahead:
                    continue
            else:
                ahead = future_clauses
            if _IF_CLAUSE.match(s.text.lower()) or any(
                _IF_CLAUSE.match(s.text[a:b].lower())
                for i, (a, b) in enumerate(clauses)
                if i in ahead
            ):
                continue  # "Dacă nu e plătită, bag-o în plata de vineri": only if not yet paid
            if ("paid" not in s.tags and _PAY_VERB.search(probe)) or any(
                _PAY_VERB.search(probe[a:b])
                or _REST.search(probe[a:b])
                or ("paid" in s.tags and _ELLIPTIC_FUTURE.search(probe[a:b]))
                for i, (a, b) in enumerate(clauses)
                if i in ahead
            ):
                s.tags.add("promise_to_pay")


_REST = cues.compile_cue(cues.PARTIAL)
_CLAUSE_SPLIT = re.compile(
    # (not "a": the Polish and Croatian "and" is the Romance "to" in "el resto a final de mes")
    r",\s|;\s|\s(?:and|et|und|y|e|i|și|och|ve|en|mais|but|aber|pero|ma|mas|maar|ale|dar|men|"
    r"ama)\s|，|、"
)


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """Offsets (within the sentence) of its comma/conjunction clauses."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(s.text):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, len(s.text)))
    return out


def _american_offset(mail: MailInput) -> bool:
    """An English writer whose Date header is in a North American zone (UTC-10 to UTC-4)."""
    off = mail.date.utcoffset() if mail.date is not None else None
    return off is not None and dt.timedelta(hours=-10) <= off <= dt.timedelta(hours=-4)


def _local_date(mail: MailInput) -> dt.date:
    return mail.date.date() if mail.date is not None else dt.date.today()


def _sentence_of(sentences: Sequence[Sentence], pos: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def _choose_date(
    dates: list[DateHit], sentences: list[Sentence], ref: dt.date, intents: list[str]
) -> dt.date | None:
    """Earliest future date in a promise (or plan) sentence; past payment dates never count."""
    if not set(intents) & {"promise_to_pay", "payment_plan"}:
        return None
    best: list[tuple[int, dt.date]] = []
    for h in dates:
        i = _sentence_of(sentences, h.start)
        if i < 0 or sentences[i].injected:
            continue
        tags = sentences[i].tags
        if h.date < ref or (h.date == ref and h.kind != "today"):
            continue
        if h.date.year > ref.year + 3:
            continue
        if (
            "paid" in tags
            and not tags & {"promise_to_pay", "payment_plan"}
            and h.kind != "absolute"
        ):
            continue
        if h.kind == "today" and ("paid" in tags or "partial_payment" in intents):
            continue  # "paid 500 today, the rest in January": today's is the paid part
        # a payment's own sentence first; a workflow sentence's dates may be somebody's return
        rank = 0 if tags & {"promise_to_pay", "payment_plan"} else 1 if "processing" in tags else 2
        if h.kind == "today":
            rank += 3
        best.append((rank, h.date))
    if not best:
        return None
    top = min(r for r, _ in best)
    return min(d for r, d in best if r == top)


# "Zur Rechnung 90233 über CHF 9'240.00: wir haben 8'000 überwiesen": the invoice total is context.
_INVOICE_TOTAL = re.compile(
    r"(?:invoice|rechnung|factur\w*|fattura|fatura|factuur|faktur\w*|račun\w*)\s*"
    r"(?:n[ºo°r]?\.?\s*)?[\w/.-]*\d[\w/.-]*\s*(?:über|of|for|de|di|van|på|od|"
    r"na kwotę|în valoare de|tutarında|na iznos|in the amount of)?\s*[(,–-]?\s*$",
    re.IGNORECASE,
)


def _disputed_clause(s: Sentence, pos: int) -> bool:
    """ "Paid on the 28th, but a fee of 850 that we do not recognise": the fee is contested."""
    for a, b in _clauses(s):
        if a <= pos < b:
            clause = s.text[a:b].lower()
            return bool(_DISPUTE.search(clause)) and not (
                _PAID.search(clause) or _PROMISE.search(clause)
            )
    return False


def _choose_amount(
    amounts: list[Amount],
    sentences: list[Sentence],
    intents: list[str],
    promise: dt.date | None,
    dates: list[DateHit],
    text: str,
) -> Amount | None:
    """The amount promised (tied to the promise date) or else reported paid; never context."""
    if not set(intents) & _PAYMENT_INTENTS:
        return None
    scored: list[tuple[int, int, Amount]] = []
    promise_sents = {
        _sentence_of(sentences, h.start) for h in dates if promise is not None and h.date == promise
    }
    for idx, a in enumerate(amounts):
        i = _sentence_of(sentences, a.start)
        if i < 0 or sentences[i].injected:
            continue
        s = sentences[i]
        local = text[max(s.start, a.start - 30) : min(s.end, a.end + 25)]
        if _EXCLUDED_AMOUNT.search(local):
            continue
        if "dispute" in s.tags and not s.tags & {"paid", "promise_to_pay", "payment_plan"}:
            continue
        if "dispute" in s.tags and _disputed_clause(s, a.start - s.start):
            continue
        before = text[max(s.start, a.start - 14) : a.start]
        score = 5
        if i in promise_sents:
            score = 0
            near = min(
                (
                    abs(a.start - h.start)
                    for h in dates
                    if promise is not None and h.date == promise
                ),
                default=0,
            )
            idx = idx + near * 10
        elif s.tags & {"promise_to_pay", "payment_plan"}:
            score = 1
        elif "paid" in s.tags:
            score = 2
        if "payment_plan" in intents and re.search(
            r"total|au total|insgesamt|łącznie", local, re.I
        ):
            score += 3
        lead = re.sub(r"(?:[A-Z]{3}|[€$£¥₺])\s*$", "", text[max(s.start, a.start - 60) : a.start])
        if _INVOICE_TOTAL.search(lead) and len(amounts) > 1:
            score += 3
        if re.search(r"\(\s*$", before) and len(amounts) > 1:
            score += 3  # "INV-1 (18,000)": the invoice total given as context
        if "partial_payment" in intents and "promise_to_pay" in intents and "paid" in s.tags:
            score += 2
        scored.append((score, idx, a))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]))
    best = scored[0]
    if best[0] >= 5 and len(scored) > 1:
        return None
    return best[2]


def _doc_status(s_tags: set[str], intents: list[str]) -> str | None:
    order = [
        "dispute",
        "payment_plan",
        "partial_payment",
        "promise_to_pay",
        "paid",
        "processing",
        "request_copy",
    ]
    local = set(s_tags)
    if "partial_payment" in intents and local & {"paid", "partial"}:
        local.add("partial_payment")
        local.discard("paid")
    for st in order:
        if st in local and (st in intents or st == "partial_payment"):
            return st
    return None


def _clause_status(s: Sentence, pos: int, intents: list[str]) -> str | None:
    """Each document takes its own clause ("INV-1 paid Friday and INV-2 is disputed")."""
    clauses = _clauses(s)
    if len(clauses) < 2:
        return None
    for a, b in clauses:
        if a <= pos - s.start < b:
            probe = Sentence(s.start + a, s.start + b, s.text[a:b])
            tag_sentence(probe)
            return _doc_status(probe.tags, intents)
    return None


def _document_refs(
    docs: list[DocHit],
    sentences: list[Sentence],
    intents: list[str],
    promise: dt.date | None,
) -> list[DocumentRef]:
    payable = [i for i in intents if i not in ("other", "out_of_office", "wrong_contact")]
    refs: list[DocumentRef] = []
    for d in docs:
        i = _sentence_of(sentences, d.start)
        status = None
        confidence = 0.5
        if i >= 0:
            status = _clause_status(sentences[i], d.start, intents) or _doc_status(
                sentences[i].tags, intents
            )
            for j in (i + 1, i - 1):
                if status is None and 0 <= j < len(sentences):
                    status = _doc_status(sentences[j].tags, intents)
            confidence = 0.8 if status else 0.5
        if (
            status is None
            and len(payable) == 1
            and payable[0]
            in (
                "promise_to_pay",
                "paid",
                "dispute",
                "processing",
                "request_copy",
                "partial_payment",
                "payment_plan",
            )
        ):
            status = payable[0]
            confidence = 0.6
        comment = normalise_ws(sentences[i].text)[:160] if i >= 0 else ""
        refs.append(
            DocumentRef(
                number=d.number,
                document_id=d.document_id,
                status=status,  # type: ignore[arg-type]  # checked against DocStatus by _doc_status
                promise_date=promise
                if status in ("promise_to_pay", "partial_payment", "payment_plan")
                else None,
                comment=comment,
                confidence=confidence if d.document_id is None else min(1.0, confidence + 0.15),
            )
        )
    return refs


def parse_rules(mail: MailInput, documents: Sequence[KnownDocument] | None = None) -> MaiaResult:
    """Read one reply offline; deterministic and fast (hundreds of replies a second)."""
    extracted = extract_reply(mail)
    text = "\n".join(extracted.lines)
    sentences = split_sentences(text)
    mark_injection(sentences, text)
    own_words = " ".join(s.text for s in sentences if not s.injected)
    lang = detect_language(
        own_words if len(own_words.split()) >= 3 else extracted.text or mail.subject
    )
    with folded_cues(typed_without_diacritics(own_words, lang)):
        return _read(mail, documents, extracted, sentences, lang)


def _read(
    mail: MailInput,
    documents: Sequence[KnownDocument] | None,
    extracted: Extracted,
    sentences: list[Sentence],
    lang: str,
) -> MaiaResult:
    """Tag the sentences, find amounts, documents and dates, and combine them into a result."""
    text = "\n".join(extracted.lines)
    ref = _local_date(mail)
    for s in sentences:
        if not s.injected:
            tag_sentence(s)
    amounts = find_amounts(text, lang)
    chars = list(text)
    for s in sentences:
        if s.injected:
            chars[s.start : s.end] = " " * (s.end - s.start)
    live_text = "".join(chars)
    docs = find_documents(
        text, documents, [(a.start, a.end) for a in amounts], QuotedNumbers(extracted.quote)
    )
    doc_sets: list[set[str]] = [set() for _ in sentences]
    for d in docs:
        i = _sentence_of(sentences, d.start)
        if i >= 0:
            doc_sets[i].add(d.number)
    us = lang == "en" and (bool(_US_SIGNAL.search(text)) or _american_offset(mail))
    dates = find_dates(live_text, ref, lang, us=us)
    _retag_by_dates(sentences, dates, ref)
    _mark_instalment_list(sentences, amounts, dates, ref)
    verdict = combine(sentences, mail, doc_sets)
    intents = ["other"] if is_internal_note(mail, extracted.text) else verdict.intents
    promise = _choose_date(dates, sentences, ref, intents)
    amount, currency = _amount_of(intents, amounts, text, lang, mail, sentences, promise, dates)
    return_date = None
    alt = None
    if "out_of_office" in intents:
        future = [h.date for h in dates if h.date > ref]
        return_date = min(future) if future else None
    if set(intents) & {"out_of_office", "wrong_contact"}:
        alt = find_alt_contact(live_text, mail.from_address)
    refs = _document_refs(docs, sentences, intents, promise)
    if verdict.auto_submitted:
        refs = []
    elif "out_of_office" in intents or intents == ["other"]:
        refs = [
            DocumentRef(number=r.number, document_id=r.document_id, confidence=0.3) for r in refs
        ]
    return MaiaResult(
        reply_text=extracted.text,
        language=lang,
        summary=summarise(
            intents, promise, amount, currency, [r.number for r in refs], return_date
        ),
        intents=intents,
        promise_date=promise,
        amount=amount,
        currency=currency,
        auto_submitted=verdict.auto_submitted,
        return_date=return_date,
        alt_contact=alt,
        documents=refs,
        engine="rules",
    )


def _mark_instalment_list(
    sentences: list[Sentence], amounts: list[Amount], dates: list[DateHit], ref: dt.date
) -> None:
    """Three or more amounts, each beside a date of its own ahead: a schedule of instalments.

    "- £4,200.00 on 12/11/2026 - £4,200.00 on 1/11/2027 - £4,200.00 on 2/11/2027" proposes a
    plan whatever words surround it.
    """
    dated: list[Sentence] = []
    pairs = 0
    for s in sentences:
        if s.injected:
            continue
        n_amounts = sum(1 for a in amounts if s.start <= a.start < s.end)
        n_dates = len({h.date for h in dates if s.start <= h.start < s.end and h.date > ref})
        if n_amounts and n_dates:
            pairs += min(n_amounts, n_dates)
            dated.append(s)
    if pairs >= 3:
        for s in dated:
            s.tags.add("payment_plan")


def _amount_of(
    intents: list[str],
    amounts: list[Amount],
    text: str,
    lang: str,
    mail: MailInput,
    sentences: list[Sentence],
    promise: dt.date | None,
    dates: list[DateHit],
) -> tuple[decimal.Decimal | None, str | None]:
    """The amount promised or paid, with its currency; none for other intents."""
    if not set(intents) & _PAYMENT_INTENTS:
        return None, None
    pool = amounts or [
        a
        for a in _bare_with_currency(text, lang, mail)
        if not any(a.start < h.end and h.start < a.end for h in dates)
    ]
    chosen = _choose_amount(pool, sentences, intents, promise, dates, text)
    if chosen is None:
        return None, None
    currency = chosen.currency or default_currency(lang)
    return (chosen.value, currency) if currency is not None else (None, None)


def _bare_with_currency(text: str, lang: str, mail: MailInput) -> list[Amount]:
    """Amounts written without a currency take the reply's (or the language's) currency."""
    bare = find_bare_amounts(text)
    cur = default_currency(lang)
    return [Amount(a.start, a.end, a.value, cur) for a in bare]
