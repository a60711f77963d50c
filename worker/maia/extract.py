"""The customer's own new text of a mail: body choice, quotes, forwards, signature, whitespace."""

from __future__ import annotations

import re

from worker.maia import classify
from worker.maia.addressing import is_forward_subject
from worker.maia.html_text import html_to_text
from worker.maia.quotes import _FWD_NOTE_CUE, split_quotes
from worker.maia.signature import _is_closing, strip_signature
from worker.maia.types import MailInput

_WS = re.compile(r"\s+")
_GREETING = re.compile(
    # Whole words: "hei" must not eat "Hieronder", nor "beste" "Bestellung".
    r"^\s*(?:(?:hi|hello|dear|hallo|hola|bonjour|madame|monsieur|sehr geehrte\w*|liebe\w*|"
    r"guten tag|buongiorno|gentile|olá|ola|bom dia|boa tarde|prezad\w*|beste|geachte|hej|hei|"
    r"dzień dobry|szanown\w*|bună ziua|buna ziua|stimat\w*|merhaba|sayın|poštovan\w*|"
    r"pozdrav\w*|dobar dan)\b|お疲れ様|お世話になって|您好|你好|各位)",
    re.IGNORECASE,
)
_FYI = re.compile(
    r"\b(?:fyi|fwd?|see below|please see|forwarding|pour info|pour information|voir ci-dessous|"
    r"zur info|zur kenntnis|siehe unten|siehe unten|ver abaixo|veja abaixo|para tu información|"
    r"ver abajo|vedi sotto|per conoscenza|zie hieronder|ter info|poniżej|do wiadomości|"
    r"mai jos|spre informare|se nedan|för kännedom|bilginize|aşağıda|vidi ispod|na znanje|"
    r"transf[eéè]r|giro la|the customer's (?:reply|answer)|la (?:réponse|respuesta|risposta|"
    r"resposta) d|"
    r"die antwort (?:von|des)|het antwoord van|odpowiedź|răspunsul|svaret från|cevab|odgovor|"
    r"pour suivi|per competenza|zur bearbeitung|for (?:your )?(?:action|follow-up|info)|"
    r"te reenvío|reencaminho|przesyłam|stuur (?:ik )?door|skickar vidare|weiterleit|"
    r"weitergeleitet|inoltr|reenv|encaminh|doorgestuurd|przekazuj|redirecțion|"
    r"vidarebefordr|iletiyorum|prosljeđ|proslijeđ)",
    re.IGNORECASE,
)


def normalise_ws(text: str) -> str:
    """Every run of whitespace (NBSP included) becomes one space, ends trimmed."""
    return _WS.sub(" ", text).strip()


def body_text(mail: MailInput) -> str:
    """The text/plain part, or the rendered HTML when that is all there is."""
    if mail.text_body and mail.text_body.strip():
        return mail.text_body
    if mail.html_body:
        return html_to_text(mail.html_body)
    return mail.text_body or ""


def _clean(lines: list[str]) -> list[str]:
    lines = strip_signature(lines)
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return lines


# The forwarder only passes on somebody else's answer ("the customer's reply below").
_RELAY = re.compile(
    r"customer|client|klant|kunde|cliente|klient|müşteri|kupc|kupac|klijent|お客様|顧客|客户|客戶|"
    r"取引先|"
    r"(?:reply|answer|response|réponse|antwort|respuesta|risposta|resposta|antwoord|odpowied\w*|"
    r"răspuns\w*|svar\w*|cevab\w*|yanıt\w*|odgovor\w*|回答|回复|回覆|返信)\b.{0,30}"
    r"(?:below|ci-dessous|unten|abajo|sotto|abaixo|hieronder|poniżej|mai jos|nedan|aşağıda|"
    r"ispod)|下記|以下|如下",
    re.IGNORECASE,
)
# A note that itself pays, promises, disputes, asks or proposes is the customer's own reply; so
# is one that says the addressee left or that the message went on to accounting (the forward
# below is then the creditor's own reminder).
_OWN_CUES = (
    classify._PAID,
    classify._PROMISE,
    classify._DISPUTE,
    classify._COPY,
    classify._PLAN,
    classify._WRONG,
    classify._FORWARDED_ON,
)
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_FWD_FROM = re.compile(
    r"^[\s>*]*(?:from|de|von|da|van|od|de la|från|kimden|gönderen|šalje|"
    r"差出人|送信者|发件人|寄件者|"
    r"寄件人)\s*[:：]",
    re.IGNORECASE,
)


def _forwarded_sender(headers: list[str]) -> re.Match[str] | None:
    """The address in the forwarded message's From line (group 1: its domain), if any."""
    for h in headers:
        if _FWD_FROM.match(h):
            return _ADDRESS.search(h)
    return None


def _from_addressee(headers: list[str], mail: MailInput) -> bool:
    """Was the forwarded message written by someone this mail is addressed to?

    Then it is the creditor's own reminder coming back with the customer's note on top, never
    the customer's words, however short the note.
    """
    m = _forwarded_sender(headers)
    return m is not None and m.group(0).lower() in f"{mail.to} {mail.cc}".lower()


def _relayed(own: list[str], headers: list[str], mail: MailInput) -> bool:
    """A colleague passes on a message from another organisation with a short covering note."""
    note = " ".join(s.strip() for s in own if s.strip())
    if len(note.split()) > 45 or "@" not in mail.from_address:
        return False
    mine = mail.from_address.rsplit("@", 1)[1].lower()
    m = _forwarded_sender(headers)
    sender = m.group(1).lower() if m else ""
    low = note.lower()
    own_words = any(c.search(low) for c in _OWN_CUES) and not _FWD_NOTE_CUE.search(low)
    if not sender or sender == mine or own_words:
        return False
    # The forwarder received it (their domain is among the recipients), or says so.
    received = any(mine in h.lower() for h in headers if not _FWD_FROM.match(h))
    return received or bool(_RELAY.search(note))


def _substantive(lines: list[str]) -> bool:
    """Did the forwarder add words of their own, beyond a greeting, FYI and a sign-off?"""
    words = 0
    for ln in lines:
        s = ln.strip()
        if not s or _GREETING.match(s) or _is_closing(s):
            continue
        if _FYI.search(s) and len(s.split()) <= 14:
            continue
        cjk = sum(1 for ch in s if "\u3040" <= ch <= "\u9fff")
        words += len(s.split()) + cjk // 2
    return words >= 4


class Extracted:
    """The customer's own lines (for clause-level reading) and the normalised reply text."""

    __slots__ = ("forwarded", "lines", "quote", "text")

    def __init__(self, lines: list[str], forwarded: bool, quote: str = "") -> None:
        self.lines = lines
        self.forwarded = forwarded
        self.text = normalise_ws("\n".join(lines))
        self.quote = quote  # everything else in the body: the reminder the customer answers


def extract_reply(mail: MailInput) -> Extracted:
    """Split quoted history and signatures off; a bare forward yields the forwarded words."""
    body = body_text(mail)
    split = split_quotes(body, forward=is_forward_subject(mail.subject))
    if split.inline_at is not None:
        # Announced inline answers: the top keeps its own sign-off, the answers follow it.
        top, answers = split.own[: split.inline_at], split.own[split.inline_at :]
        own = [*_clean(top), "", *_clean(answers)]
    else:
        own = _clean(split.own)
    forwarded = False
    depth = 0
    while (
        split.forwarded is not None
        and depth < 3
        and not _from_addressee(split.headers, mail)
        and (not _substantive(own) or (depth == 0 and _relayed(split.own, split.headers, mail)))
    ):
        split = split_quotes("\n".join(split.forwarded))
        inner = _clean(split.own)
        if not any(s.strip() for s in inner):
            break
        own = inner
        forwarded = True
        depth += 1
    mine = {line.strip() for line in own if line.strip()}
    quote = "\n".join(line for line in body.splitlines() if line.strip() not in mine)
    return Extracted(own, forwarded, quote)
