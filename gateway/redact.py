"""Log redaction: addresses lose their local part (a capture address's local part is its key)."""

from __future__ import annotations


def redact(address: str | None) -> str:
    """ "*@example.com" for "anyone@example.com"; "<>" for the null sender."""
    if not address:
        return "<>"
    _, at, domain = address.rpartition("@")
    return f"*@{domain.lower()}" if at else "*"
