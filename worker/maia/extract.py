"""The customer's own new text of a mail: body choice, quotes, forwards, signature, whitespace."""

from __future__ import annotations

import re

from worker.maia.html_text import html_to_text
from worker.maia.quotes import split_quotes
from worker.maia.signature import _is_closing, strip_signature
from worker.maia.types import MailInput

_WS = re.compile(r"\s+")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|dear|hallo|hola|bonjour|madame|monsieur|sehr geehrte|liebe|guten tag|"
    r"buongiorno|gentile|olá|ola|bom dia|boa tarde|prezad|beste|geachte|hej|hei|dzień dobry|"
    r"szanown|bună ziua|buna ziua|stimat|merhaba|sayın|poštovani|pozdrav|dobar dan|"
    r"お疲れ様|お世話になって|您好|你好|各位)",
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

    __slots__ = ("forwarded", "lines", "text")

    def __init__(self, lines: list[str], forwarded: bool) -> None:
        self.lines = lines
        self.forwarded = forwarded
        self.text = normalise_ws("\n".join(lines))


def extract_reply(mail: MailInput) -> Extracted:
    """Split quoted history and signatures off; a bare forward yields the forwarded words."""
    body = body_text(mail)
    split = split_quotes(body)
    own = _clean(split.own)
    forwarded = False
    depth = 0
    while split.forwarded is not None and depth < 3 and not _substantive(own):
        split = split_quotes("\n".join(split.forwarded))
        inner = _clean(split.own)
        if not any(s.strip() for s in inner):
            break
        own = inner
        forwarded = True
        depth += 1
    return Extracted(own, forwarded)
