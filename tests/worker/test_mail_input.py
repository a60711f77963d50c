"""The job builds MAIA's input from the stored row: To, Cc and auto-reply headers included."""

from __future__ import annotations

import datetime as dt

from worker.maia.types import Recipient, recipients
from worker.replies import mail_input


def test_stored_headers_give_recipients_and_auto_reply_signals() -> None:
    row = {
        "subject": "R: Sollecito",
        "from_address": "luca@customer.example",
        "from_name": "Luca",
        "date_header": dt.datetime(2027, 6, 21, 8, 0, tzinfo=dt.UTC),
        "date_offset_minutes": 120,
        "text_body": "Paola, mettila nella distinta di venerdì.",
        "html_body": None,
        "headers": [
            ["From", "Luca <luca@customer.example>"],
            ["To", "Paola Zanon <Amministrazione@Customer.example>"],
            ["Cc", "crediti@supplier.example"],
            ["X-Autoreply", "yes"],
        ],
    }
    mail = mail_input(row)
    assert recipients(mail.to) == (Recipient("Paola Zanon", "amministrazione@customer.example"),)
    assert recipients(mail.cc) == (Recipient("", "crediti@supplier.example"),)
    assert mail.x_autoreply == "yes"
    assert mail.date is not None and mail.date.utcoffset() == dt.timedelta(hours=2)
