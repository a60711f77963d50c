"""Builders for gateway messages in tests that need no SMTP session."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime
from typing import Any

from gateway.message import AuthVerdicts, ReceivedMessage


def make_message(**overrides: Any) -> ReceivedMessage:
    body = overrides.pop("text_body", "Hello, we will pay next week.")
    values: dict[str, Any] = {
        "transaction_id": uuid.uuid4().hex,
        "received_at": datetime.now(UTC),
        "client_address": "127.0.0.1",
        "client_port": 40000,
        "helo": "mx.customer.example",
        "tls": False,
        "mail_from": "ap@customer.example",
        "rcpt_tos": [],
        "size": len(body),
        "content_hash": hashlib.sha256(body.encode()).hexdigest(),
        "headers": [("Subject", "Re: reminder")],
        "subject": "Re: reminder",
        "from_address": "ap@customer.example",
        "from_name": "AP",
        "message_id": f"{uuid.uuid4().hex}@customer.example",
        "date": datetime.now(UTC),
        "in_reply_to": None,
        "references": [],
        "recipient_header_addresses": [],
        "text_body": body,
        "html_body": None,
        "attachments": [],
        "auth": AuthVerdicts(
            dkim=[],
            spf="none",
            spf_domain="customer.example",
            dmarc="none",
            dmarc_policy=None,
            from_domain="customer.example",
            authenticated=False,
            header="relance.test; dkim=none; spf=none; dmarc=none",
        ),
        "auto_submitted": False,
        "kind": "reply",
        "bounce": None,
        "forward": None,
        "defects": [],
    }
    values.update(overrides)
    return ReceivedMessage(**values)
