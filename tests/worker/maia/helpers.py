"""Build small MIME messages for the MAIA tests."""

from __future__ import annotations

from email.message import EmailMessage

from worker.maia.rules import parse_rules
from worker.maia.types import MailInput, mail_input_from_bytes


def make_mail(
    body: str,
    *,
    subject: str = "Re: Payment reminder",
    date: str = "Mon, 02 Nov 2026 10:00:00 +0100",
    html: bool = False,
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
    to: str = "ar@supplier.example",
    sender: str = "Anna Kowalska <anna@customer.example>",
) -> MailInput:
    """A one-part message, encoded and decoded again the way the gateway hands it over."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body, subtype="html" if html else "plain", charset=charset)
    return mail_input_from_bytes(msg.as_bytes())


def intents_of(body: str, date: str) -> list[str]:
    """The intents the rules engine reads in `body`, signed "Anna" and sent at `date`."""
    return parse_rules(make_mail(body + "\n\nAnna\n", date=date)).intents
