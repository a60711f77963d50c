"""The alternative contact named in an absence or wrong-contact reply: name, email, phone."""

from __future__ import annotations

import re

from worker.maia.types import AltContact

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(?:\+|00)?\d[\d ()./-]{6,}\d(?![\w])")
_TITLE = (
    r"(?<![\w.])(?:Mr\.?|Mrs\.?|Ms\.?|Herr|Herrn|Frau|M\.|Mme|Madame|Monsieur|Sr\.?|Sra\.?|Don|Doña|Sig\.?|"
    r"Sig\.ra|Dott\.?|Dott\.ssa|Dhr\.?|Mevr\.?|p\.|pan[ia]?|pana|panią|doamna|domnul|dl\.?|dna\.?|"
    r"gospodin|gospođa|g\.|gđa\.?|contact(?:er)?|kontakt\w*|contactați|contactar|contattare|"
    r"ring|call|bel|chiamare|llamar|zadzwoń)"
)
_NAME = re.compile(
    rf"{_TITLE}\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-Žİ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Žİ][\w'’-]+){{0,2}})"
)
_NAME_BEFORE_HANIM = re.compile(
    r"(?P<name>[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?:\s+[A-ZÇĞİÖŞÜ][\wçğıöşü]+)?)\s+(?:Hanım|Bey)"
)


def find_alt_contact(text: str, own_address: str = "") -> AltContact | None:
    """Another person, address or number the customer points to; None when there is none."""
    emails = [e.rstrip(".") for e in _EMAIL.findall(text) if e.lower() != own_address.lower()]
    phones = [p.strip() for p in _PHONE.findall(text) if sum(c.isdigit() for c in p) >= 7]
    m = _NAME.search(text) or _NAME_BEFORE_HANIM.search(text)
    name = m.group("name").strip() if m else None
    if not emails and not phones and not name:
        return None
    return AltContact(
        name=name, email=emails[0] if emails else None, phone=phones[0] if phones else None
    )
