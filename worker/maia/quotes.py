"""Quoted history out, the customer's own lines in: attribution lines, header blocks, `>` lines."""

from __future__ import annotations

import re

from worker.maia.prefilter import Cue

# "On <date>, <name> wrote:" and its forms in the 14 languages; matched on 1-3 joined lines.
_WROTE = (
    r"wrote|writes|a écrit|a ecrit|schrieb|geschrieben|escribió|escribio|ha scritto|scrisse|"
    r"escreveu|schreef|geschreven|napisał\(a\)|napisała|napisał|napisal|pisze|a scris|skrev|"
    r"yazdı|şunu yazdı|napisao\(la\)|napisao/la|napisala|napisao|je napisao|写道|寫道|"
    r"のメッセージ|書きました|からのメッセージ"
)
_ATTRIBUTION = re.compile(
    rf"^(?:>\s*)*.{{0,300}}?(?:{_WROTE})(?:\s*[:：]?\s*$|\s.{{0,160}}[:：]\s*$)",
    re.IGNORECASE,
)
# Every attribution holds a "wrote" word: a prefiltered test before the anchored pattern.
_WROTE_WORD = Cue(_WROTE)
# Japanese Gmail: "2026年11月2日(月) 10:00 田中 <tanaka@example.jp>:"; Apple Mail:
# "2026/09/24 10:00、山田 恵 <yamada@example.jp>のメール:"
_JA_ATTRIBUTION = re.compile(
    r"^\d{4}(?:年\d{1,2}月\d{1,2}日|/\d{1,2}/\d{1,2}[ 　]+\d{1,2}:\d{2}、).{0,120}[:：]\s*$"
)
_ATTRIBUTION_START = re.compile(
    r"^(?:on|le|am|el|il|em|no dia|op|w dniu|dnia|în|in|pe|la|den|på|dana|u|в|在|于|\d)",
    re.IGNORECASE,
)

_FROM = (
    r"from|de|von|da|van|od|de la|från|kimden|gönderen|šalje|pošiljatelj|pošiljalac|"
    r"差出人|送信者|发件人|寄件者|寄件人"
)
_SENT = (
    r"sent|date|envoyé|envoye|gesendet|datum|enviado|enviado el|enviada em|enviado em|fecha|"
    r"inviato|data|verzonden|verstuurd|wysłano|wysłane|trimis|dată|skickat|tarih|gönderildi|"
    r"gönderilme tarihi|poslano|poslan|送信日時|日付|发送时间|時間|时间|日期|發送時間"
)
# Thunderbird in French writes "Pour :" and "Sujet :" in a forwarded block.
_TO = r"to|à|a|an|para|aan|do|către|catre|till|kime|prima|za|pour|宛先|收件人|收件者"
_CC = r"cc|kopie|dw|kopia|bilgi|kopija|抄送|副本"
_SUBJECT = (
    r"subject|objet|sujet|betreff|asunto|oggetto|assunto|onderwerp|temat|subiect|ämne|konu|predmet|"
    r"件名|主题|主旨|主題"
)
_HDR = r"^[\s>*]*(?:{})\s*\**\s*[:：]"
_FROM_RE = re.compile(_HDR.format(_FROM), re.IGNORECASE)
_OTHER_HDR_RE = re.compile(_HDR.format("|".join((_SENT, _TO, _CC, _SUBJECT))), re.IGNORECASE)
_INLINE_BLOCK = re.compile(
    rf"(?:^|\s)(?:{_FROM})\s*[:：].{{1,200}}?\s(?:{_SENT})\s*[:：].{{1,200}}?\s(?:{_SUBJECT})\s*[:：]",
    re.IGNORECASE,
)

# "-----Original Message-----", "-------- Message d'origine --------", "-----原始邮件-----" ...
_DASHED = re.compile(r"^[\s>]*[-=_]{2,}\s*([^-=_].{2,60}?)\s*[-=_]{2,}\s*$")
_RULE = re.compile(r"^\s*[-_=]{8,}\s*$")
_ORIGINAL_WORDS = re.compile(
    r"original|origine|ursprüngliche|originale|oorspronkelijk|oryginalna|ursprungligt|"
    r"orijinal|izvorna|izvorni|元のメッセージ|原始邮件|原始郵件|原邮件|reply|antwort",
    re.IGNORECASE,
)
_FORWARD_WORDS = re.compile(
    r"forward|transféré|transfere|réexpédié|weitergeleitet|reenviado|inoltrat|encaminhad|"
    r"reencaminhad|doorgestuurd|przekazan|redirecționat|redirectionat|vidarebefordra|"
    r"iletilen|proslijeđen|prosljeđen|転送|转发|轉寄|轉發",
    re.IGNORECASE,
)
# Apple Mail and friends: "Begin forwarded message:"
_BEGIN_FORWARD = re.compile(
    r"^[\s>]*(?:begin forwarded message|début du message (?:réexpédié|transféré)|"
    r"anfang der weitergeleiteten (?:nachricht|e-mail)|inicio del mensaje reenviado|"
    r"inizio messaggio inoltrato|início da mensagem (?:encaminhada|reencaminhada)|"
    r"begin doorgestuurd bericht|początek przekazywanej wiadomości|"
    r"începutul mesajului redirecționat|vidarebefordrat (?:brev|meddelande)|"
    r"iletilen (?:ileti|mesaj)(?:ın başlangıcı)?|početak proslijeđene poruke|"
    r"転送されたメッセージ|转发的邮件|以下为转发的邮件|下面是被转发的邮件)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_MESSAGE_WORDS = re.compile(
    r"message|mensaje|messaggio|mensagem|bericht|wiadomość|mesaj|meddelande|ileti|poruka|"
    r"nachricht|メッセージ|邮件|郵件",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^[\s>]*[_━─—=]{8,}\s*$")
_QUOTED = re.compile(r"^\s*>")


def _is_attribution(lines: list[str], i: int) -> int:
    """Number of lines (1-3) forming an attribution starting at i, or 0."""
    first = lines[i].strip().lstrip(">").strip()
    if not first or len(first) > 300:
        return 0
    if _JA_ATTRIBUTION.match(first):
        return 1
    joined = first
    for n in range(1, 4):
        if n > 1:
            if i + n - 1 >= len(lines):
                break
            raw_next = lines[i + n - 1]
            if _QUOTED.match(raw_next) and not _QUOTED.match(lines[i]):
                break  # a plain line never continues into a quoted one
            nxt = raw_next.strip().lstrip(">").strip()
            if not nxt:
                break
            joined = f"{joined} {nxt}"
        if len(joined) > 320:
            break
        if (
            _WROTE_WORD.search(joined.lower())
            and _ATTRIBUTION.match(joined)
            and _looks_attributive(joined, n)
        ):
            return n
    return 0


def _looks_attributive(joined: str, n: int) -> bool:
    """An attribution names a date or an address; a sentence that mentions writing does not."""
    text = joined.strip()
    has_marker = bool(re.search(r"\d|@|<|\[mailto", text))
    if has_marker:
        return True
    # "Anna Schmidt schrieb:" / "田中 wrote:" — short, no digits.
    return n == 1 and len(text.split()) <= 6 and text.rstrip().endswith((":", "："))


def _header_block_at(lines: list[str], i: int) -> bool:
    """An Outlook header block ("From:", then Sent/To/Subject a few lines below) starts at i."""
    line = lines[i]
    if _INLINE_BLOCK.search(line):
        return True
    if not _FROM_RE.match(line):
        return False
    found = 0
    for j in range(i + 1, min(len(lines), i + 8)):
        if _OTHER_HDR_RE.match(lines[j]):
            found += 1
        if found >= 2:
            return True
    return False


def _hard_separator(lines: list[str], i: int) -> str | None:
    """'quote' or 'forward' when line i starts quoted history that runs to the end."""
    line = lines[i]
    stripped = line.strip()
    if not stripped:
        return None
    if _BEGIN_FORWARD.match(stripped):
        return "forward"
    m = _DASHED.match(stripped)
    if m:
        label = m.group(1)
        if _FORWARD_WORDS.search(label):
            return "forward"
        if _ORIGINAL_WORDS.search(label) or _MESSAGE_WORDS.search(label):
            return "quote"
    if _UNDERSCORES.match(stripped):
        for j in range(i + 1, min(len(lines), i + 4)):
            if lines[j].strip():
                if _header_block_at(lines, j) or _FROM_RE.match(lines[j]):
                    return "quote"
                break
    if _header_block_at(lines, i):
        return "quote"
    return None


def _drop_header_lines(lines: list[str]) -> list[str]:
    """Skip the From/Date/Subject/To lines (and blanks) that open a forwarded message."""
    k = 0
    while k < len(lines):
        s = lines[k].strip().lstrip(">").strip()
        if not s or _FROM_RE.match(s) or _OTHER_HDR_RE.match(s) or _INLINE_BLOCK.search(s):
            k += 1
            continue
        break
    return lines[k:]


def _unquote(lines: list[str]) -> list[str]:
    """Remove one level of `>` when every non-blank line carries it."""
    content = [ln for ln in lines if ln.strip()]
    if content and all(_QUOTED.match(ln) for ln in content):
        return [re.sub(r"^\s*>\s?", "", ln) for ln in lines]
    return lines


# "Answers in the text below": the customer writes between the lines of an unmarked quote.
_INLINE_ANNOUNCED = re.compile(
    r"(?:answers?|replies|comments?|responses?) (?:are )?(?:inline|in the (?:text|email)|below)|"
    r"(?:answers?|replies|comments?) (?:below, )?marked [a-z]{2,4}\b|"
    r"(?:answer|reply|respond)(?:ing)? (?:inline|in the text|below)|"
    r"réponses? (?:dans le (?:texte|mail|corps)|ci-dessous|en rouge)|"
    r"antworte(?:n)? (?:im text|unten|direkt)|antworten (?:im text|unten)|"
    r"respuestas? (?:en el texto|abajo|debajo|entre líneas)|risposte? (?:nel testo|sotto|di "
    r"seguito)|respostas? (?:no texto|abaixo|em baixo)|antwoord(?:en)? (?:in de tekst|hieronder|"
    r"tussen)|opmerkingen tussen de regels|tussen de regels|odpowiadam w treści|"
    r"odpowiedzi (?:w treści|poniżej|w tekście)|"
    r"răspunsuri(?:le)? (?:în text|mai jos)|răspund în text|svar(?:en)? (?:nedan|i texten)|"
    r"mina svar|cevaplarım|yanıtlarım|aşağıda satır aralarında|odgovor\w* (?:su )?(?:u tekstu|"
    r"ispod)|回答(?:は|を)?(?:下記|以下|本文中)|回复(?:见|如)下|见下文|"
    r"(?:see|find) my (?:comments|answers|replies|notes)|(?:reacties|opmerkingen) (?:hieronder|"
    r"in de tekst)|zie (?:mijn|onze) (?:reacties|antwoorden|opmerkingen)|"
    r"(?:meine|unsere) (?:antworten|anmerkungen|kommentare) (?:unten|im text)|"
    r"(?:voir|vois) (?:mes|nos) (?:réponses|commentaires)|(?:mis|nuestras) (?:respuestas|"
    r"comentarios) (?:abajo|debajo|en el texto)|(?:le mie|i miei|le nostre) (?:risposte|commenti) "
    r"(?:sotto|nel testo)|(?:minhas|nossas) (?:respostas|observações) (?:abaixo|no texto)|"
    r"(?:moje|nasze) (?:odpowiedzi|komentarze) poniżej|(?:comentariile|răspunsurile) mele|"
    r"(?:mina|våra) (?:kommentarer|svar) nedan|yorumlarım aşağıda|(?:moji|naši) (?:odgovori|"
    r"komentari) (?:ispod|u tekstu)",
    re.IGNORECASE,
)
_INLINE_ANNOUNCED_CUE = Cue(_INLINE_ANNOUNCED.pattern)  # prefiltered, for lowercased text
# A covering note that announces a forward in the present ("Forwarding this from ...").
_FWD_NOTE = re.compile(
    r"\bforwarding\b|\bi(?:'m| am) (?:forwarding|passing on)|je (?:te |vous )?transf[eè]re|"
    # "Segue o retorno do Gustavo, ele mandou pra mim": the customer's answer, passed on.
    r"\bsegue (?:o|a) (?:retorno|resposta|e-?mail)\b|\b(?:ele|ela) (?:me )?mandou pra mim\b|"
    r"\bhere is (?:the|his|her) (?:reply|answer) from\b|\bsent (?:it )?to me instead of\b|"
    # "Vê por favor o email abaixo da Dra. Alves": a pointer to the customer's mail below.
    r"\b(?:see|read) (?:the )?(?:e-?mail|message|mail) below\b|\b(?:siehe|lies) (?:die |den )?"
    r"(?:e-?mail|nachricht|mail) (?:unten|weiter unten)\b|\b(?:voir|vois) (?:le |l')?"
    r"(?:e-?mail|mail|message) ci-dessous\b|\b(?:ver|mira|lee) (?:el )?(?:correo|e-?mail|mail|"
    r"mensaje) (?:de )?(?:abajo|más abajo)\b|\bvedi (?:la |l')?(?:e-?mail|mail) (?:qui )?sotto\b|"
    r"\b(?:o )?e-?mail abaixo\b|\bzie (?:de |het )?(?:e-?mail|mail|bericht) hieronder\b|"
    r"\b(?:zobacz|patrz) (?:maila|wiadomość|e-?mail) poniżej\b|\b(?:mailul|emailul|mesajul) de mai "
    r"jos\b|\b(?:se|läs) (?:mailet|mejlet|meddelandet) nedan\b|\başağıdaki (?:maili|e-?postayı|"
    r"mesajı)\b|\b(?:vidi|pogledaj) (?:mail|poruku) (?:ispod|niže)\b|下記のメール|见下方邮件|"
    r"请看下面的邮件|"
    r"leite (?:ich )?(?:dir |ihnen |euch )?(?:\w+ )?weiter|\breenvío\b|\bte reenvio\b|"
    r"\b(?:ti |vi )?inoltro\b|\b(?:te |vos )?(?:re)?encaminho\b|stuur (?:ik )?(?:je |u )?"
    r"(?:\w+ )?door|przesyłam dalej|przekazuję|îți trimit mai departe|redirecționez|"
    r"skickar (?:\w+ )?vidare|vidarebefordrar|iletiyorum|prosl?jeđujem|proslijeđujem|"
    r"転送(?:します|いたします|致します)|转发给(?:你|您)|转给(?:你|您)|"
    # "hat mir der Kunde gestern geschickt", "the customer sent me this": a relayed message.
    r"\b(?:the )?(?:customer|client) (?:\w+ ){0,2}(?:sent|emailed|mailed) (?:me|us)\b|"
    r"\b(?:hat|haben) (?:mir|uns) (?:der|die) kund(?:e|in) (?:\w+ ){0,3}(?:geschickt|gesendet|"
    r"gemailt)\b|\b(?:der|die) kund(?:e|in) hat (?:mir|uns) (?:\w+ ){0,3}(?:geschickt|gesendet|"
    r"gemailt)\b|\b(?:le|la) client(?:e)? (?:m'a|nous a) (?:\w+ )?(?:envoyé|écrit)\b|"
    r"\b(?:el|la) cliente (?:me|nos) (?:ha )?(?:enviado|envió|mandó|escribió)\b|"
    r"\b(?:il|la) cliente (?:mi|ci) ha (?:\w+ )?(?:inviato|mandato|scritto)\b|"
    r"\b(?:o|a) cliente (?:me|nos) (?:enviou|mandou|escreveu)\b|"
    r"\bklant (?:heeft )?(?:mij|me|ons) (?:\w+ ){0,2}(?:gestuurd|gemaild)\b|"
    r"\bklient (?:\w+ )?(?:przysłał|wysłał|przesłał) (?:mi|nam)\b|"
    r"\bclientul (?:mi-a|ne-a) (?:\w+ )?trimis\b|\bkunden (?:har )?skicka(?:de|t) (?:\w+ )?"
    r"(?:till )?(?:mig|oss)\b|\bmüşteri(?:miz)? (?:\w+ )?(?:bana|bize) (?:\w+ )?(?:gönderdi|"
    r"yazdı)|\b(?:kupac|klijent) (?:mi|nam) je (?:\w+ )?poslao\b|"
    r"お客様から(?:直接)?(?:届き|来|いただき)|客户(?:直接)?(?:发给|发来)(?:我|我们)",
    re.IGNORECASE,
)
_FWD_NOTE_CUE = Cue(_FWD_NOTE.pattern)  # prefiltered, for lowercased text
_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d{1,2}[.)])\s")


# "Answers below, marked JP." then "JP: Already paid 19 Aug." between the reminder's lines.
_MARKED_BY = re.compile(
    r"\b(?:marked|prefixed|tagged|markiert|marquées?|marcad[ao]s?|segnat[ei]|gemarkeerd|"
    r"oznaczon\w*|marcate|märkta|işaretli|označen\w*)(?: (?:with|mit|par|con|com|met|z|cu|med|"
    r"ile|s))? [\"'«„]?([A-Z]{2,4})\b"
)


def _marked_answers(own: list[str], rest: list[str]) -> list[str]:
    """Lines that start with the initials the customer announced, without the initials."""
    m = _MARKED_BY.search(" ".join(own))
    if not m:
        return []
    tag = re.compile(rf"^\s*{re.escape(m.group(1))}\s*[:>-]\s*")
    return ["", *(tag.sub("", ln) for ln in rest if tag.match(ln))]


def _unmarked_inline(rest: list[str]) -> list[str]:
    """The customer's paragraphs between the bullet lines of an unmarked quoted reminder."""
    body = _drop_header_lines(rest)
    paras: list[list[str]] = []
    cur: list[str] = []
    for ln in body:
        if ln.strip():
            cur.append(ln)
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    bullets = [k for k, p in enumerate(paras) if any(_BULLET.match(x) for x in p)]
    if not bullets:
        return []
    out: list[str] = []
    for k in range(bullets[0] + 1, len(paras)):
        p = paras[k]
        if k in bullets:
            continue
        if k > bullets[-1] and (k == len(paras) - 1 or k > bullets[-1] + 1):
            # The reminder's own closing request and sign-off follow its last item.
            break
        out.extend(["", *p])
    return out


class Split:
    """The customer's own lines, and the forwarded message when the mail is a forward."""

    __slots__ = ("forwarded", "headers", "inline_at", "own")

    def __init__(
        self,
        own: list[str],
        forwarded: list[str] | None,
        headers: list[str] | None = None,
        inline_at: int | None = None,
    ) -> None:
        self.own = own
        self.forwarded = forwarded
        # The From/To/Date lines that open the forwarded message.
        self.headers = headers or []
        # Where the answers written between quoted lines start in `own`, when the top announces
        # them ("Zie mijn reacties hieronder"): the top's sign-off does not end the reply.
        self.inline_at = inline_at


def split_quotes(text: str, *, forward: bool = False) -> Split:
    """Separate the customer's own lines (inline answers kept in order) from quoted history.

    `forward`: the subject marks a forward, so the first header block opens the forwarded
    message (Outlook writes the same block for replies and forwards).
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    own: list[str] = []
    i = 0
    n = len(lines)
    skipped = False
    inline_at: int | None = None
    while i < n:
        line = lines[i]
        if _QUOTED.match(line):
            skipped = True
            i += 1
            continue
        kind = _hard_separator(lines, i)
        if kind == "forward":
            body = _drop_header_lines(lines[i + 1 :])
            headers = lines[i + 1 : len(lines) - len(body)]
            return Split(own, _unquote(body), headers)
        if kind == "quote" and (forward or _FWD_NOTE_CUE.search(" ".join(own).lower())):
            # "Forwarding this from the customer, see below" over a plain header block.
            if _DASHED.match(line.strip()) or _RULE.match(line):
                i += 1  # "-----Original Message-----" or Outlook's "_____" above the headers
            body = _drop_header_lines(lines[i:])
            headers = lines[i : len(lines) - len(body)]
            return Split(own, _unquote(body), headers)
        if kind == "quote":
            announced = _INLINE_ANNOUNCED_CUE.search(" ".join(own).lower())
            marked = _marked_answers(own, lines[i + 1 :]) if announced else []
            if len(marked) > 1:
                own.extend(marked)
            elif announced and not any(_QUOTED.match(ln) for ln in lines[i:]):
                own.extend(_unmarked_inline(lines[i + 1 :]))
            elif announced:
                # "zie mijn opmerkingen tussen de regels" over an Outlook header block and a
                # `>`-quoted reminder: skip the headers, keep reading the answers between quotes.
                rest = _drop_header_lines(lines[i + 1 :])
                i = n - len(rest)
                skipped = True
                continue
            break
        att = _is_attribution(lines, i)
        if att:
            rest = lines[i + att :]
            # Attribution then unmarked text (no `>` anywhere below): that text is the quote.
            if not any(_QUOTED.match(ln) for ln in rest if ln.strip()):
                break
            skipped = True
            i += att
            continue
        if skipped and inline_at is None and line.strip():
            inline_at = len(own) if _INLINE_ANNOUNCED_CUE.search(" ".join(own).lower()) else -1
        own.append(line)
        i += 1
    return Split(own, None, inline_at=inline_at if inline_at and inline_at > 0 else None)
