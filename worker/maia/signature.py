"""Signature blocks, mobile footers and legal disclaimers out; the sign-off and its name kept."""

from __future__ import annotations

import re

from worker.maia.prefilter import Cue

_SIG_DASH = re.compile(r"^(?:--|—|-- )\s*$")
# A drawn rule ("＿＿＿＿＿＿＿＿", "__________", "━━━━━━━━") above the signature block.
_SIG_RULE = re.compile(r"^\s*(?:[_＿─━=＝]\s*){8,}$")
_MOBILE = re.compile(
    r"^\s*(?:sent from|sent via|sent with|envoyé de|envoye de|envoyé depuis|von meinem|"
    r"gesendet von|enviado desde|enviado de|inviato da|enviado do|enviado a partir|"
    r"verzonden (?:vanaf|met|van)|verstuurd (?:vanaf|met)|wysłane z|wysłano z|trimis de pe|"
    r"trimis din|trimis cu|skickat från|poslano s|poslano sa|poslano iz|get outlook for|"
    r"download outlook|holen sie sich outlook|obtenir outlook|scarica outlook|"
    r"descargar outlook|obter o outlook|outlook voor|pobierz outlook|descarcă outlook|"
    r"hämta outlook|iphone'?umdan gönderildi|ipad'?imden gönderildi|"
    r"android cihazımdan gönderildi|.{0,30}(?:iphone|ipad|android|galaxy|huawei|xiaomi|"
    r"outlook)(?:から送信|より送信)|发自我的|從我的|来自我的|发送自)",
    re.IGNORECASE,
)
_DISCLAIMER_WORDS = re.compile(
    r"confidential|privileged|intended recipient|intended solely|intended only|disclaimer|"
    r"vertraulich|nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|"
    r"irrtümlich erhalten|confidentiel|destinataire|strictement|riservat|destinatario|"
    r"confidencial|destinatário|vertrouwelijk|geadresseerde|poufn|adresat|\brodo\b|"
    r"administratorem (?:twoich )?danych|\bkvkk\b|kişisel veri|\bgdpr\b|\bdsgvo\b|\brgpd\b|"
    r"datenschutz|protection des données|protección de datos|dati personali|dados pessoais|"
    r"persoonsgegevens|dane osobowe|danych osobowych|caracter personal|confiden[tț]ial|"
    r"personuppgifter|konfidentiell|sekretess|\bgizli|povjerljiv|osobni(?:h)? podat|"
    r"機密|秘密情報|個人情報|保密|机密|个人信息|個人資料|before printing|avant d'imprimer|"
    r"vor dem ausdrucken|antes de imprimir|prima di stampare|alvorens (?:te )?printen|"
    r"przed wydrukowaniem|înainte de a printa|innan du skriver ut|yazdırmadan önce|"
    r"prije ispisa|nicht gestattet|prohibited|unauthori[sz]ed|zabronione|yasaktır|"
    # the external-sender banner a mail gateway puts on top
    r"originated from outside|from an external sender|external (?:sender|e-?mail)|"
    r"do not click (?:on )?links|ne cliquez pas|nicht auf links|keine links|no haga clic|"
    r"non cliccare|não clique|klik niet op|nie klikaj|nu (?:faceți|dați) clic|klicka inte på|"
    r"tıklamayın|ne klikajte",
    re.IGNORECASE,
)
_DISCLAIMER_CUE = Cue(_DISCLAIMER_WORDS.pattern)  # prefiltered, for lowercased text
_DISCLAIMER_OPENER = re.compile(
    r"^\s*\W*(?:confidential|confidentiality|disclaimer|legal notice|notice|important|"
    r"this (?:e-?mail|message|communication)|the information|ce (?:message|courriel|mail)|"
    r"les informations|diese (?:e-?mail|nachricht)|dieses? (?:e-?mail|nachricht)|"
    r"este (?:mensaje|correo|e-?mail)|la información|questo (?:messaggio|e-?mail)|"
    r"le informazioni|esta (?:mensagem|e-?mail)|as informações|dit (?:bericht|e-?mail)|"
    r"de informatie|ta wiadomość|treść tej|zgodnie z|acest (?:mesaj|e-?mail)|"
    r"informațiile|detta (?:e-?post|meddelande|mejl)|informationen i|bu (?:e-?posta|ileti|mesaj)|"
    r"kvkk|rodo|gdpr|ova (?:poruka|e-?mail)|informacije|本メール|このメール|本邮件|此邮件|"
    r"本電子郵件|aviso|avviso|avis|hinweis|uwaga|atenție|obs|yasal uyarı|napomena|"
    r"please consider|pensez|bitte denken|caution|warning|\[?external\]?|attention|achtung|"
    r"atención|attenzione|atenção|let op|varning|dikkat|oprez)",
    re.IGNORECASE,
)

_CLOSINGS = (
    # en
    r"kind regards|best regards|warm regards|warmest regards|regards|best wishes|best|"
    r"many thanks|thanks(?: again| in advance| and regards| & regards)?|thank you(?: very much)?|"
    r"cheers|sincerely|yours sincerely|yours faithfully|yours truly|all the best|"
    r"with thanks|respectfully|br|rgds|thx|looking forward to (?:hearing from you|your reply)|"
    r"i look forward to (?:hearing from you|your reply)|"
    # fr
    r"cordialement|bien cordialement|très cordialement|bien à vous|salutations|"
    r"meilleures salutations|sincères salutations|salutations distinguées|merci|merci d'avance|"
    r"merci beaucoup|bonne soirée|bon week-end|bonne semaine|bonne fin de semaine|"
    r"dans l'attente de (?:votre|vos) (?:accord|retour|réponse|nouvelles)|"
    r"bonne journée|bonne fin de journée|respectueusement|cdlt|bàv|"
    # de
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|"
    r"mfg|viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|herzliche grüße|"
    r"schöne grüße|grüße|grüsse|gruß|gruss|lg|vg|danke|vielen dank|besten dank|im auftrag|"
    r"i\.\s?a\.|"
    # es
    r"saludos|un saludo|saludos cordiales|atentamente|cordialmente|gracias|muchas gracias|"
    r"un cordial saludo|reciba un cordial saludo|un abrazo|"
    # it
    r"cordiali saluti|saluti|distinti saluti|grazie|grazie mille|buona giornata|un saluto|"
    r"cordialità|in attesa di (?:un )?(?:vostro |suo )?(?:riscontro|cortese riscontro)|"
    # pt
    r"atenciosamente|cumprimentos|melhores cumprimentos|com os melhores cumprimentos|"
    r"obrigado|obrigada|muito obrigado|muito obrigada|abraço|abraços|att\.?|at\.te|"
    r"saudações|grato|grata|"
    # nl
    r"met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|groeten|groet|mvg|"
    r"hartelijke groet(?:en)?|bedankt|dank u wel|dank je wel|alvast bedankt|"
    # pl
    r"pozdrawiam|z poważaniem|serdecznie pozdrawiam|pozdrawiam serdecznie|serdecznie|dziękuję|"
    r"pozdrowienia|z wyrazami szacunku|dziękuję i pozdrawiam|"
    # ro
    r"cu stimă|cu stima|cu respect|toate cele bune|mulțumesc|multumesc|o zi bună|"
    r"cu bine|salutări|cu deosebită considerație|"
    # sv
    r"med vänlig hälsning|med vänliga hälsningar|vänliga hälsningar|vänlig hälsning|mvh|"
    r"hälsningar|tack|tack på förhand|bästa hälsningar|"
    # tr
    r"saygılarımla|saygılarımızla|iyi çalışmalar|teşekkürler|teşekkür ederim|"
    r"teşekkür ederiz|selamlar|iyi günler|saygılar|"
    # hr
    r"lijep pozdrav|lijepi pozdrav|srdačan pozdrav|srdačni pozdravi|s poštovanjem|"
    r"sa poštovanjem|pozdrav|pozdravi|hvala|hvala vam|lp|srdačno|"
    # "thank you for your understanding", all languages
    r"thank you for your understanding|thanks for your understanding|"
    r"merci (?:de|pour) votre compréhension|(?:vielen )?dank für ihr verständnis|"
    r"gracias por su comprensión|grazie per la comprensione|obrigad[oa] pela compreensão|"
    r"bedankt voor uw begrip|dziękuj(?:ę|emy) za zrozumienie|mulțum(?:esc|im) pentru înțelegere|"
    r"tack för (?:er |din )?förståelse(?:n)?|anlayışınız için teşekkür(?:ler| ederiz| ederim)|"
    r"hvala na razumijevanju|(?:vă )?mulțum(?:esc|im) pentru înțelegere|vă mulțumim|"
    # "thanks for your patience", all languages
    r"thanks? (?:you )?for your patience|gracias por (?:la|tu|vuestra|su) paciencia|"
    r"merci (?:de|pour) votre patience|danke für ihre geduld|grazie per la pazienza|"
    r"obrigad[oa] pela paciência|bedankt voor (?:uw|je) geduld|dziękuj(?:ę|emy) za cierpliwość|"
    r"mulțum(?:esc|im) pentru răbdare|tack för (?:ert |ditt )?tålamod(?:et)?|"
    r"sabrınız için teşekkür(?:ler| ederiz| ederim)|hvala na strpljenju|"
    # ja / zh
    r"よろしくお願いいたします|よろしくお願い致します|よろしくお願いします|"
    r"宜しくお願いいたします|宜しくお願い致します|宜しくお願いします|以上|敬具|"
    r"此致|敬礼|此致敬礼|谢谢|謝謝|祝好|顺祝商祺|顺颂商祺|祝商祺|顺颂时祺|感谢|多谢|"
    # informal and "thanks in advance" closings, all languages
    r"merci par avance|(?:hartelijke |lieve |veel )?groetjes|kolay gelsin|abs|"
    r"(?:vielen )?dank im voraus|danke im voraus|gracias de antemano|grazie in anticipo|"
    r"desde já agradeço|z góry dziękuj(?:ę|emy)|mulțum(?:esc|im) anticipat|hvala unaprijed|"
    r"şimdiden teşekkür(?:ler| ederim| ederiz)|numai bine|take care"
)


def _longest_first(alternation: str) -> str:
    """Reorder a top-level regex alternation so that longer phrases win ("tack på förhand")."""
    parts: list[str] = []
    depth = 0
    cur = ""
    for ch in alternation:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return "|".join(sorted(parts, key=len, reverse=True))


_CLOSING_ALT = _longest_first(_CLOSINGS)
# "In attesa di un vostro riscontro, porgiamo distinti saluti." / "…到本邮箱，谢谢！"
_CLOSING_END = re.compile(rf"(?:^|[\s,，、])(?:{_CLOSING_ALT})\s*[,.!。！、，]*\s*$", re.IGNORECASE)
# "ご確認のほどよろしくお願いいたします。": Japanese glues the closing to the words before it.
_JA_CLOSING_END = re.compile(
    r"(?:よろしく|宜しく)お願い(?:いたします|致します|します|申し上げます)[。！!]*\s*$"
)
_JA_PREFIX = re.compile(r"^\s*(?:何卒|どうぞ|引き続き|今後とも|以上、?)\s*")
_CLOSING = re.compile(
    rf"^\s*(?:{_CLOSING_ALT})(?:\s*(?:und|and|&|e|et|y|i|och|ve|en|și|si)\s+(?:{_CLOSING_ALT}))?"
    rf"(?:[,.]?\s*(?:im auftrag|i\.\s?a\.|i\.\s?v\.|p\.\s?p\.|"
    rf"pp\.?))?\s*[,.!。！、，]*\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_CONTACTISH = re.compile(
    r"\d{3}|@|www\.|https?://|\b(?:tel|fax|mob|phone|gsm|tél|telefon|cell)\b|"
    r"\b(?:gmbh|ltd|llc|inc|s\.a\.|sas|sarl|s\.r\.l|srl|spa|s\.p\.a|b\.v\.|bv|ab|a\.s\.|"
    r"d\.o\.o|sp\. z o\.o|kft|ag|plc|ltda|oy|株式会社|有限公司)\b",
    re.IGNORECASE,
)

_STRICT_CONTACT = re.compile(
    r"\+?\d[\d\s().-]{7,}\d|@|www\.|https?://|\b(?:tel|fax|mob|phone|gsm|tél|telefon|cell)\b|"
    r"\b(?:gmbh|ltd|llc|inc|sarl|s\.r\.l|srl|s\.p\.a|b\.v\.|d\.o\.o|sp\. z o\.o|kft|plc|"
    r"ltda)(?!\w)|"
    r"株式会社|有限公司|電話|电话",
    re.IGNORECASE,
)


def _is_closing_line(line: str) -> bool:
    """A sign-off line, or a short last sentence that ends with one."""
    if _is_closing(line):
        return True
    s = line.strip()
    short = len(s.split()) <= 12 and len(s) <= 90
    return short and bool(_CLOSING_END.search(s) or (len(s) <= 40 and _JA_CLOSING_END.search(s)))


# "Grüße aus Freiburg", "Saluti da Bari", "Greetings from Cork": a sign-off with a place.
_FROM_PLACE = re.compile(
    r"^(?:from|aus|de|da|dal|desde|uit|z|ze|din|från|iz)\s+[^\W\d_][^\W\d_]+$", re.IGNORECASE
)


def _is_closing(line: str) -> bool:
    # Romanian written with cedillas (ş, ţ) as often as with commas (ș, ț).
    line = _JA_PREFIX.sub("", line).replace("ţ", "ț").replace("ş", "ș")
    m = _CLOSING.match(line)
    if not m:
        return False
    rest = m.group("rest").strip()
    if not rest:
        return True
    # "Mfg A. Gruber", "Kind regards, Anna": a short name may follow on the same line,
    # "Thanks for the reminder." is a sentence.
    if len(rest.split()) > 3 or len(rest) > 40 or re.search(r"[.!?]\s", rest):
        return False
    first = rest[0]
    if first.isalpha() and first.islower():
        return _CLOSING.match(rest) is not None or _FROM_PLACE.match(rest) is not None
    return not (len(rest.split()) >= 2 and rest.endswith((".", "!", "?")))


def _looks_like_name(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 40 or len(s.split()) > 4:
        return False
    return not _CONTACTISH.search(s) and not s.endswith((":", "：", "?", "？"))


def strip_disclaimers(lines: list[str]) -> list[str]:
    """Drop paragraphs that read like a legal, privacy or print-the-planet notice."""
    out: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para and not _is_disclaimer(para):
            out.extend(para)
        elif para:
            # A disclaimer glued under the sign-off: keep the lines above its opener.
            for k, ln in enumerate(para):
                if _DISCLAIMER_OPENER.match(ln) and _is_disclaimer(para[k:]):
                    out.extend(para[:k])
                    break
        para.clear()

    for line in lines:
        if line.strip():
            para.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


def _is_disclaimer(para: list[str]) -> bool:
    text = " ".join(s.strip() for s in para)
    hits = len(_DISCLAIMER_CUE.findall(text.lower()))
    if hits == 0:
        return False
    size = len(text.split()) + sum(1 for ch in text if "\u3040" <= ch <= "\u9fff") // 2
    # One word is not enough for a long paragraph: "Codice destinatario M5UXCR1" is an SdI code
    # in the customer's own answer, not a confidentiality notice.
    opener = bool(_DISCLAIMER_OPENER.match(para[0]))
    return (size >= 12 and (hits >= 2 or opener)) or (opener and size >= 5)


def strip_signature(lines: list[str]) -> list[str]:
    """Cut at `-- `, drop mobile footers and disclaimers, keep the sign-off and its name line."""
    kept: list[str] = []
    for line in lines:
        if _SIG_DASH.match(line) or (_SIG_RULE.match(line) and any(k.strip() for k in kept)):
            break
        if _MOBILE.match(line) and len(line.strip()) <= 90:
            continue
        kept.append(line)
    kept = strip_disclaimers(kept)
    closing = -1
    first = next((k for k, ln in enumerate(kept) if ln.strip()), -1)
    for idx, line in enumerate(kept):
        if line.strip() and _is_closing_line(line):
            if idx == first and _opens_text(kept, idx):
                # "Pozdrav," / "İyi günler," / "Thanks," on top of a body is a greeting.
                continue
            closing = idx
    if closing >= 0:
        end = closing + 1
        m = _CLOSING.match(kept[closing])
        rest = m.group("rest").strip() if m else ""
        has_name = bool(rest) and not _is_closing(rest)
        # 此致 / 敬礼 and "Thanks, / Kind regards," stacked closings
        while end < len(kept) and kept[end].strip() and _is_closing(kept[end]):
            end += 1
        j = end
        if not has_name:
            while j < len(kept) and not kept[j].strip() and j - end < 2:
                j += 1
        # The name line(s) directly below the sign-off: the block up to a blank or contact line.
        taken = 0
        while j < len(kept) and taken < 1 and _looks_like_name(kept[j]):
            j += 1
            taken += 1
            end = j
        tail = kept[end:]
        ps = next((k for k, ln in enumerate(tail) if _POSTSCRIPT.match(ln)), -1)
        if ps >= 0:
            # "P.S. ..." after the sign-off is the customer's own text; the signature follows it.
            stop = ps
            while stop < len(tail) and tail[stop].strip():
                stop += 1
            kept = kept[: end + stop]
        elif not any(ln.strip() for ln in tail) or _tail_is_signature(tail):
            kept = kept[:end]
    else:
        kept = _trim_signature_block(kept)
    return _trim_contact_tail(kept)


def _trim_signature_block(lines: list[str]) -> list[str]:
    """No sign-off words: a bare name line, a blank, then a title/company/phone block."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    k = end
    while k > 0 and lines[k - 1].strip():
        k -= 1
    block = lines[k:end]
    if k == 0 or not 2 <= len(block) <= 8:
        return lines
    if any(len(ln.split()) > 8 for ln in block) or not any(
        _STRICT_CONTACT.search(ln) for ln in block
    ):
        return lines
    prev = k - 1
    while prev >= 0 and not lines[prev].strip():
        prev -= 1
    if prev < 0 or not _looks_like_name(lines[prev]) or len(lines[prev].split()) > 3:
        return lines
    return lines[:k]


# A postscript below the sign-off, in any of the languages: "P.S.", "PS:", "PD:", "N.B.", 追伸.
_POSTSCRIPT = re.compile(
    r"^\s*(?:p\.?\s?s\.?(?:s\.?)?|p\.?\s?d\.?|n\.?\s?b\.?|post scriptum|追伸|附言|又及|补充)"
    r"\s*[:：.,-]?\s+\S",
    re.IGNORECASE,
)


def _opens_text(lines: list[str], idx: int) -> bool:
    """The first line is followed by a sentence of the body, not by a name and contact lines."""
    rest = [ln.strip() for ln in lines[idx + 1 :] if ln.strip()]
    return any(
        sum(1 for w in ln.split() if w.strip(",.;:!?()").isalpha()) >= 5 and not _is_closing(ln)
        for ln in rest[:3]
    )


def _tail_is_signature(tail: list[str]) -> bool:
    """What follows a sign-off is a signature unless it carries real sentences."""
    content = [ln.strip() for ln in tail if ln.strip()]
    sentences = [ln for ln in content if len(ln.split()) >= 9 and not _CONTACTISH.search(ln)]
    return len(sentences) <= 1 or len(sentences) * 3 < len(content)


def _trim_contact_tail(lines: list[str]) -> list[str]:
    """Without a sign-off, drop a trailing block of phone / address / company lines."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    k = end
    while k > 0 and lines[k - 1].strip() and _STRICT_CONTACT.search(lines[k - 1]):
        if len(lines[k - 1].split()) > 10:
            break
        k -= 1
    if k < end and end - k >= 2 and k > 0:
        return lines[:k]
    return lines[:end]
