"""Read delivery status notifications (RFC 3464, in a multipart/report of RFC 6522).

What storage needs: which recipients failed, why, and the Message-ID of our outbound message,
taken from the returned headers, so the contact can be marked undeliverable.
"""

from __future__ import annotations

import re
from typing import Final

from gateway.classify import fold
from gateway.message import BounceInfo
from gateway.mime import Stripped

# Non-standard bounces (no multipart/report) that some servers still send: null sender and
# one of these subjects.
_BOUNCE_SUBJECTS: Final = (
    "undelivered mail returned to sender",
    "delivery status notification (failure)",
    "undeliverable",
    "mail delivery failed",
    "returned mail",
    "delivery failure",
    "failure notice",
    "non remis",
    "unzustellbar",
    "onbestelbaar",
    "no se puede entregar",
)
_STATUS = re.compile(r"\b([245]\.\d{1,3}\.\d{1,3})\b")


def read_bounce(stripped: Stripped, mail_from: str) -> BounceInfo | None:
    """BounceInfo for a DSN (or an obvious non-standard bounce), else None."""
    if stripped.report_type == "delivery-status" or stripped.delivery_status:
        return _from_report(stripped)
    subject = fold(stripped.subject or "")
    if mail_from == "" and any(subject.startswith(s) for s in _BOUNCE_SUBJECTS):
        original = stripped.embedded[0].message_id if stripped.embedded else None
        status = _STATUS.search(stripped.text_body or "")
        return BounceInfo(
            original_message_id=original,
            failed_recipients=[],
            status=status.group(1) if status else None,
            diagnostic=None,
        )
    return None


def _from_report(stripped: Stripped) -> BounceInfo:
    failed: list[str] = []
    status: str | None = None
    diagnostic: str | None = None
    # The first block holds per-message fields; the others one recipient each (section 2.1).
    for block in stripped.delivery_status[1:] or stripped.delivery_status:
        fields = {name.lower(): value for name, value in block}
        action = fields.get("action", "").strip().lower()
        if action and action != "failed":
            continue
        recipient = _address(fields.get("final-recipient") or fields.get("original-recipient"))
        if recipient is None:
            continue
        if recipient not in failed:
            failed.append(recipient)
        if status is None:
            match = _STATUS.search(fields.get("status", ""))
            status = match.group(1) if match else None
            code = fields.get("diagnostic-code")
            diagnostic = _diagnostic(code) if code else None
    original = next((m.message_id for m in stripped.embedded if m.message_id), None)
    return BounceInfo(
        original_message_id=original,
        failed_recipients=failed,
        status=status,
        diagnostic=diagnostic,
    )


def _address(value: str | None) -> str | None:
    """The address of an "rfc822; user@example.com" field (RFC 3464 section 2.3.2)."""
    if not value:
        return None
    _, _, address = value.partition(";")
    address = (address or value).strip().strip("<>").lower()
    return address if "@" in address else None


def _diagnostic(value: str) -> str:
    _, sep, text = value.partition(";")
    return (text if sep else value).strip()[:1000]
