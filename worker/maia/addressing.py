"""Who a reply is addressed to: a forward, or a note to the sender's own colleagues.

MAIA-LABELS: "a reply-all written to an internal colleague" is `other` whatever it asks, and a
forward's first header block opens the forwarded message, not quoted history. Both are read
from the headers, which say it more reliably than the wording does.
"""

from __future__ import annotations

import re

from worker.maia.types import MailInput

# The first prefix decides: "WG: AW: ..." forwards a reply, "AW: WG: ..." answers a forward.
# Outlook, Gmail, Apple Mail and Thunderbird in the 14 languages (I: it, TR: fr, RV: es,
# ENC: pt, VB: sv, PD: pl, Doorst: nl, İlt: tr, 转发/転送: zh/ja).
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:fwd?|fw|wg|tr|rv|enc|i|vb|vs|pd|doorst|ilt|i̇lt|转发|轉寄|転送)\s*[:：]",
    re.IGNORECASE,
)


def is_forward_subject(subject: str) -> bool:
    """Does the subject's first prefix mark a forward?"""
    return bool(_FORWARD_PREFIX.match(subject))


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[1].strip().lower() if "@" in address else ""


def is_internal_note(mail: MailInput) -> bool:
    """Written to the sender's own colleagues (every To at the sender's domain), not a forward.

    The creditor then only reads along in Cc: whatever the note asks is not an answer to them.
    """
    own = _domain(mail.from_address)
    if not own or not mail.to_addresses or is_forward_subject(mail.subject):
        return False
    return all(_domain(a) == own for a in mail.to_addresses)
