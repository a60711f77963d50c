"""Who a reply is addressed to: a forward, or a note to the sender's own colleagues.

MAIA-LABELS: "a reply-all written to an internal colleague" is `other` whatever it asks, and a
forward's first header block opens the forwarded message, not quoted history. Both are read
from the headers, which say it more reliably than the wording does.
"""

from __future__ import annotations

import re

from worker.maia.types import MailInput, Recipient, recipients

# The first prefix decides: "WG: AW: ..." forwards a reply, "AW: WG: ..." answers a forward.
# Outlook, Gmail, Apple Mail and Thunderbird in the 14 languages (I: it, TR: fr, RV: es,
# ENC: pt, VB: sv, PD: pl, Doorst: nl, İlt: tr, 转发/転送: zh/ja).
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:fwd?|fw|wg|tr|rv|enc|i|vb|vs|pd|doorst|ilt|i̇lt|转发|轉寄|転送)\s*[:：]",
    re.IGNORECASE,
)
# An opening word before the addressee's name: "Hi Tom,", "Ciao Marco", "Hej Lena".
_SALUTATION = re.compile(
    r"^(?:hi|hello|hey|dear|hallo|hoi|hej|hei|ciao|salut|bonjour|hola|olá|ola|oi|bok|cześć|"
    r"czesc|merhaba|buna|bună|servus|moin)\b[\s,!]*",
    re.IGNORECASE,
)


def is_forward_subject(subject: str) -> bool:
    """Does the subject's first prefix mark a forward?"""
    return bool(_FORWARD_PREFIX.match(subject))


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[1].strip().lower() if "@" in address else ""


def _first_name(person: Recipient) -> str:
    """'Tom Fielding' and 'Fielding, Tom' give 'tom'; a bare address gives its local part."""
    name = person.name.strip().strip("\"'")
    if "," in name:
        name = name.split(",", 1)[1]
    words = name.split() or [person.address.split("@", 1)[0]]
    return words[0].lower() if words[0].isalpha() and len(words[0]) > 1 else ""


def _greets(reply_text: str, person: Recipient) -> bool:
    """Does the reply open with this person's first name ("Marc, tu peux ...", "Hi Tom,")?"""
    first = _first_name(person)
    opening = _SALUTATION.sub("", reply_text.lstrip(), count=1)
    return bool(first) and re.match(rf"{re.escape(first)}\b", opening, re.IGNORECASE) is not None


def is_internal_note(mail: MailInput, reply_text: str = "") -> bool:
    """Written to the sender's own colleagues, the creditor only reading along; not a forward.

    Either every To is at the sender's domain, or the reply opens by naming a colleague of that
    domain in To/Cc while nobody outside it is named so.
    """
    own = _domain(mail.from_address)
    # Most replies name nobody at the sender's domain: no need to parse the address lists.
    if not own or own not in f"{mail.to} {mail.cc}".lower() or is_forward_subject(mail.subject):
        return False
    to = recipients(mail.to)
    if to and all(_domain(r.address) == own for r in to):
        return True
    me = mail.from_address.lower()
    listed = [r for r in (*to, *recipients(mail.cc)) if r.address != me]
    greeted = [r for r in listed if _greets(reply_text, r)]
    return bool(greeted) and all(_domain(r.address) == own for r in greeted)
