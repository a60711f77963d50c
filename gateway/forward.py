"""Find the original message inside a forward: an inline forwarded block or an attached message.

Only the shape is recognised here; whether the sender is one of the tenant's own people (so the
message really is a colleague forwarding a customer's mail) is for storage to decide.
Separators that only ever introduce a forward count on their own; Outlook's "Original Message"
lines and bare From:/Sent: blocks also introduce quoted history in plain replies, so they count
only when the subject carries a forward prefix (FW:, TR:, WG:, RV:, I:, ENC:, Doorst:...).
"""

from __future__ import annotations

import email.utils
import re
from typing import Final

from gateway.classify import fold
from gateway.message import ForwardInfo
from gateway.mime import Stripped, html_to_text, parse_date

MAX_TEXT: Final = 100_000
_FORWARD_ONLY: Final = re.compile(
    r"^[-_=\s]*("
    r"forwarded message|begin forwarded message|weitergeleitete nachricht"
    r"|anfang der weitergeleiteten nachricht|message transfere|debut du message reexpedie"
    r"|mensaje reenviado|inicio del mensaje reenviado|messaggio inoltrato"
    r"|inizio messaggio inoltrato|mensagem encaminhada|inicio da mensagem reencaminhada"
    r"|mensagem reencaminhada|doorgestuurd bericht|begin doorgestuurd bericht"
    r"|przekazana wiadomosc|wiadomosc przekazana dalej|vidarebefordrat meddelande"
    r"|videresendt meddelelse|iletilen ileti"
    r")\s*:?[-_=\s]*$"
)
_AMBIGUOUS: Final = re.compile(
    r"^[-_=\s]*("
    r"original message|message d'origine|ursprungliche nachricht|originalnachricht"
    r"|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht"
    r"|oryginalna wiadomosc|wiadomosc oryginalna|ursprungligt meddelande|orijinal ileti"
    r")\s*:?[-_=\s]*$"
)
_RULE: Final = re.compile(r"^_{10,}\s*$")
_FORWARD_SUBJECT: Final = re.compile(
    r"^\s*((re|aw|sv|antw)\s*:\s*)*(fw|fwd|tr|wg|rv|i|enc|doorst|pd|vs|vb|vl|fs|ilt)\s*:", re.I
)
_LABELS: Final = {
    "from": {"from", "de", "von", "van", "da", "od", "fra", "fran", "kimden", "afzender"},
    "date": {
        "sent",
        "date",
        "envoye",
        "gesendet",
        "datum",
        "enviado",
        "enviada",
        "fecha",
        "inviato",
        "data",
        "verzonden",
        "wyslano",
        "skickat",
        "sendt",
        "tarih",
        "enviado el",
    },
    "subject": {
        "subject",
        "objet",
        "betreff",
        "asunto",
        "oggetto",
        "assunto",
        "onderwerp",
        "temat",
        "amne",
        "emne",
        "konu",
    },
    "to": {"to", "a", "an", "para", "aan", "do", "till", "til", "kime"},
    "cc": {"cc", "kopie", "kopia"},
}
_LABEL_LINE: Final = re.compile(r"^\s*\*?([^\W\d][\w ]{0,14}?)\*?\s*:\s*(.*)$")
_ADDRESS: Final = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def find_forward(stripped: Stripped) -> ForwardInfo | None:
    """The forwarded original, inline first, then an attached message; None when neither."""
    body = stripped.text_body
    if body is None and stripped.html_body:
        body = html_to_text(stripped.html_body)
    if body:
        inline = inline_forward(body, forward_subject=is_forward_subject(stripped.subject))
        if inline is not None:
            return inline
    for embedded in stripped.embedded:
        if embedded.from_address or embedded.text:
            return ForwardInfo(
                author_address=embedded.from_address,
                author_name=embedded.from_name,
                date=embedded.date_text,
                sent_at=embedded.date,
                subject=embedded.subject,
                text=embedded.text[:MAX_TEXT],
                source="attachment",
            )
    return None


def is_forward_subject(subject: str | None) -> bool:
    """Whether a subject carries a forward prefix in one of the supported languages."""
    return bool(subject) and bool(_FORWARD_SUBJECT.match(subject or ""))


_QUOTE: Final = re.compile(r"^(\s*>)+\s?")
# Separator and header lines are short; longer lines are text and need no closer look.
MAX_MARKER_LINE: Final = 200


def _unquote(line: str) -> str:
    return _QUOTE.sub("", line) if ">" in line[:20] else line


def _label(line: str) -> tuple[str, str] | None:
    match = _LABEL_LINE.match(line)
    if not match:
        return None
    word = fold(match.group(1)).strip()
    for key, names in _LABELS.items():
        if word in names:
            return key, match.group(2).strip()
    return None


def inline_forward(text: str, *, forward_subject: bool) -> ForwardInfo | None:
    """ForwardInfo from the first forwarded block of a text body."""
    lines = [_unquote(line) for line in text.splitlines()]
    for index, line in enumerate(lines):
        if len(line) > MAX_MARKER_LINE:
            continue
        folded = fold(line).strip()
        if not folded:
            continue
        starts_block = bool(_FORWARD_ONLY.match(folded)) or (
            forward_subject and (bool(_AMBIGUOUS.match(folded)) or bool(_RULE.match(folded)))
        )
        if starts_block:
            found = _header_block(lines, index + 1)
            if found is not None:
                return found
        elif forward_subject and _label(line) and _label(line)[0] == "from":  # type: ignore[index]
            found = _header_block(lines, index)
            if found is not None and found.date and found.subject is not None:
                return found
    return None


def _header_block(lines: list[str], start: int) -> ForwardInfo | None:
    index = start
    while index < len(lines) and not lines[index].strip():
        index += 1
    fields: dict[str, str] = {}
    last: str | None = None
    while index < len(lines) and lines[index].strip():
        labelled = _label(lines[index])
        if labelled is not None:
            last = labelled[0]
            fields.setdefault(last, labelled[1])
        elif last in {"to", "cc"} and fields:
            pass  # a wrapped recipient list
        elif not fields:
            return None
        else:
            break
        index += 1
        if len(fields) > 8 or index - start > 30:
            break
    if "from" not in fields:
        return None
    name, address = _author(fields["from"])
    date_text = fields.get("date")
    rest = "\n".join(lines[index:]).strip()
    return ForwardInfo(
        author_address=address,
        author_name=name,
        date=date_text,
        sent_at=parse_date(date_text) if date_text else None,
        subject=fields.get("subject"),
        text=rest[:MAX_TEXT],
        source="inline",
    )


def _author(value: str) -> tuple[str | None, str | None]:
    """Name and address from "Name <a@b>", "Name [mailto:a@b]", "a@b" or "Name a@b"."""
    normalised = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value, flags=re.I)
    normalised = normalised.replace("<mailto:", "<")
    parsed_name, address = email.utils.parseaddr(normalised)
    if "@" not in address:
        match = _ADDRESS.search(value)
        address = match.group(0) if match else ""
        parsed_name = parsed_name or _ADDRESS.sub("", value).strip(" <>[]\"'")
    name: str | None = parsed_name.strip().strip("\"'") or None
    if name and "@" in name and name.lower() == address.lower():
        name = None
    return name, address.lower() or None
